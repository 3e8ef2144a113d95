package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.reports.report.ReportDocument.Chapter;

/** Collects one chapter's blocks in order, numbering its tables and figures as they come. */
final class Blocks {
    private final Captions captions;
    private final List<Block> blocks = new ArrayList<>();

    Blocks(Captions captions) {
        this.captions = captions;
    }

    Blocks subheading(String id, String text) {
        blocks.add(new Block.Subheading(id, text));
        return this;
    }

    Blocks paragraph(String text) {
        if (!text.isEmpty()) {
            blocks.add(new Block.Paragraph(text));
        }
        return this;
    }

    Blocks paragraphs(List<String> texts) {
        texts.forEach(this::paragraph);
        return this;
    }

    Blocks bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block.Bullets(items));
        }
        return this;
    }

    Blocks cards(List<Block.Card> cards) {
        blocks.add(new Block.Cards(cards));
        return this;
    }

    /** A numbered table; an empty one is left out (and takes no number). */
    Blocks table(String title, ReportTable table) {
        if (!table.isEmpty()) {
            blocks.add(new Block.Table(captions.table(title), table));
        }
        return this;
    }

    /** A numbered table whose figures all share one unit, said once in the caption. */
    Blocks table(String title, String unit, ReportTable table) {
        if (!table.isEmpty()) {
            blocks.add(new Block.Table(captions.table(title, unit), table));
        }
        return this;
    }

    /** A numbered figure: a chart of the report. */
    Blocks figure(String chart, String title) {
        blocks.add(new Block.Figure(chart, captions.figure(title)));
        return this;
    }

    Chapter chapter(String id, String heading) {
        return new Chapter(id, heading, blocks);
    }
}
