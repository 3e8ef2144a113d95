package org.swcplan.reports.report;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swcplan.reports.report.ReportDocument.Chapter;

/**
 * The report as one self-contained HTML page (template {@code annual-report.html.mustache}): the
 * charts inline as SVG that scale with the page, tables that scroll inside their own box on a
 * narrow screen, and a print stylesheet for A4.
 */
final class HtmlReport {
    private static final Pattern SIZE = Pattern.compile("<svg([^>]*?) height=\"(\\d+)\"([^>]*?) width=\"(\\d+)\"");

    private HtmlReport() {
    }

    /**
     * @param svgs each chart's SVG document, by chart name
     */
    static String render(ReportDocument document, Map<String, String> svgs) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", document.languageTag());
        context.put("title", document.title());
        context.put("lead", document.lead());
        context.put("illustrative", document.illustrative().isEmpty() ? List.of() : List.of(Map.of("illustrative",
                document.illustrative())));
        context.put("indent", document.languageTag().startsWith("zh") ? "2em" : "0");
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (Chapter chapter : document.chapters()) {
            chapters.add(Map.of("id", chapter.id(), "heading", chapter.heading(),
                    "blocks", chapter.blocks().stream().map(b -> block(b, svgs)).toList()));
        }
        context.put("chapters", chapters);
        context.put("footer", document.footer());
        return Mustache.compiler().compile(template()).execute(context);
    }

    private static Map<String, Object> block(Block block, Map<String, String> svgs) {
        if (block instanceof Block.Subheading h) {
            return Map.of("subheading", Map.of("id", h.id(), "text", h.text()));
        } else if (block instanceof Block.Paragraph p) {
            return Map.of("paragraph", p.text());
        } else if (block instanceof Block.Bullets b) {
            return Map.of("bullets", Map.of("items", b.items()));
        } else if (block instanceof Block.Cards c) {
            return Map.of("cards", Map.of("items", c.cards()));
        } else if (block instanceof Block.Table t) {
            return Map.of("table", table(t));
        }
        Block.Figure f = (Block.Figure) block;
        return Map.of("figure", Map.of("svg", scalable(svgs.get(f.chart())), "caption", f.caption()));
    }

    private static Map<String, Object> table(Block.Table block) {
        ReportTable t = block.table();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            List<Map<String, String>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(Map.of("text", row.get(i), "layout", t.layouts().get(i).name().toLowerCase(Locale.ROOT)));
            }
            rows.add(Map.of("cells", cells));
        }
        return Map.of("caption", block.caption(), "headings", t.headings(), "rows", rows);
    }

    /** The SVG element without its XML prologue, sized by a view box so that it scales with the page. */
    static String scalable(String svg) {
        if (svg == null) {
            throw new IllegalStateException("a figure names a chart the report did not draw");
        }
        String element = svg.substring(svg.indexOf("<svg"));
        Matcher size = SIZE.matcher(element);
        if (!size.lookingAt()) {
            return element;
        }
        return size.replaceFirst("<svg$1$3 viewBox=\"0 0 $4 $2\" preserveAspectRatio=\"xMidYMid meet\"");
    }

    private static Reader template() {
        InputStream in = HtmlReport.class.getResourceAsStream("/org/swcplan/reports/annual-report.html.mustache");
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing template annual-report.html.mustache"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
