package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.reports.report.ReportDocument.Chapter;
import org.swcplan.reports.report.ReportTable.Layout;

/** The report as Markdown, with the charts as PNG images beside it. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(cell(document.title())).append("\n\n");
        document.lead().forEach(line -> out.append(cell(line)).append("\n\n"));
        if (!document.illustrative().isEmpty()) {
            out.append("> ").append(cell(document.illustrative())).append("\n\n");
        }
        for (Chapter chapter : document.chapters()) {
            out.append("## ").append(cell(chapter.heading())).append("\n\n");
            chapter.blocks().forEach(block -> block(block, document.languageTag().startsWith("zh") ? "：" : ": ", out));
        }
        out.append("---\n\n").append(cell(document.footer())).append("\n");
        return out.toString();
    }

    /**
     * @param colon the colon between a headline figure's label and its value, as the language writes it
     */
    private static void block(Block block, String colon, StringBuilder out) {
        if (block instanceof Block.Subheading h) {
            out.append("### ").append(cell(h.text())).append("\n\n");
        } else if (block instanceof Block.Paragraph p) {
            out.append(cell(p.text())).append("\n\n");
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(item -> out.append("- ").append(cell(item)).append("\n"));
            out.append("\n");
        } else if (block instanceof Block.Cards c) {
            c.cards().forEach(card -> out.append("- ").append(cell(card.label())).append(colon).append("**").append(cell(card.value()))
                    .append("**\n"));
            out.append("\n");
        } else if (block instanceof Block.Table t) {
            out.append("**").append(cell(t.caption())).append("**\n\n");
            table(t.table(), out);
            out.append("\n");
        } else if (block instanceof Block.Figure f) {
            out.append("![").append(cell(f.caption())).append("](charts/").append(f.chart()).append(".png)\n\n*")
                    .append(cell(f.caption())).append("*\n\n");
        }
    }

    private static void table(ReportTable table, StringBuilder out) {
        out.append("| ").append(String.join(" | ", table.headings().stream().map(MarkdownReport::cell).toList()))
                .append(" |\n|");
        out.append(String.join("|", table.layouts().stream().map(l -> l == Layout.NUMBER ? "---:" : "---").toList()))
                .append("|\n");
        for (List<String> row : table.rows()) {
            out.append("| ").append(String.join(" | ", row.stream().map(MarkdownReport::cell).toList())).append(" |\n");
        }
    }

    /** A cell's text with what Markdown would read as markup escaped. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replaceAll("<(?=[A-Za-z/!?])", "&lt;").replace("\n", " ");
    }
}
