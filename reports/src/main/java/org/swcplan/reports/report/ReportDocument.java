package org.swcplan.reports.report;

import java.util.List;

/**
 * The annual report as one structure, built once from the model's results and rendered by each
 * format (HTML, Markdown, Word) without deciding anything of its own: every sentence, table and
 * figure, its caption and its number are here.
 *
 * @param lead         the lines under the title: the plan reported on, the source of the data
 * @param illustrative the statement of what is illustrative, or empty when the data is not
 * @param chapters     the chapters in order (一、总体情况 …), the annexes last
 * @param footer       the line at the foot of every edition
 */
public record ReportDocument(String languageTag, String title, List<String> lead, String illustrative,
                             List<Chapter> chapters, String footer) {
    public ReportDocument {
        lead = List.copyOf(lead);
        chapters = List.copyOf(chapters);
    }

    /** A chapter: a level-1 heading with its blocks. */
    public record Chapter(String id, String heading, List<Block> blocks) {
        public Chapter {
            blocks = List.copyOf(blocks);
        }
    }
}
