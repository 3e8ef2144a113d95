package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;

/** What every chapter of the report is written from: the inputs, the language's prose, names and captions. */
final class Composition {
    final ReportInputs in;
    final Language lang;
    final Prose prose;
    final Names names;
    final Captions captions;

    Composition(ReportInputs in) {
        this.in = in;
        this.lang = in.language();
        this.prose = new Prose(lang);
        this.names = new Names(in.dataset(), lang);
        this.captions = new Captions(lang);
    }

    Blocks blocks() {
        return new Blocks(captions);
    }

    String text(String key, Object... arguments) {
        return lang.text(key, arguments);
    }

    /**
     * Rows as a report table: headed and shown in the report's language, units named in it. Tables
     * the commands also print keep their columns; the report gives their name column its own
     * heading, Chinese headings full-width brackets and English ones money in words.
     */
    <T> ReportTable table(List<Column<T>> columns, List<T> rows, String... proseColumns) {
        ReportTable table = ReportTable.of(columns, rows, lang, in.note().cityCode(), Set.of(proseColumns));
        List<String> keys = columns.stream().map(Column::key).toList();
        int name = keys.contains("name") ? keys.indexOf("name") : keys.indexOf("name_zh");
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String heading = i == name ? text("col.name") : table.headings().get(i);
            headings.add(lang == Language.ZH ? heading.replace('(', '（').replace(')', '）')
                    : heading.replace("wan/a", "CNY 10,000/yr").replace("wan", "CNY 10,000"));
        }
        List<List<String>> shown = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<String> copy = new ArrayList<>(row);
            if (name >= 0) {
                copy.set(name, names.shown(row.get(name)));
            }
            shown.add(copy);
        }
        return new ReportTable(headings, table.layouts(), shown);
    }

    /** The unit's standing in the report year. */
    UnitStanding standing(Scope unit) {
        return in.standing().rows().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow();
    }

    /** The milestones ahead, ascending. */
    List<Integer> milestonesAhead() {
        return in.gaps().stream().filter(g -> !g.assessed()).map(GapRow::milestone).distinct().sorted().toList();
    }

    /** The unit's row at a milestone. */
    GapRow row(Scope unit, int milestone) {
        return in.gaps().stream().filter(g -> g.unit().equals(unit) && g.milestone() == milestone).findFirst()
                .orElseThrow();
    }

    /** The unit's milestones ahead. */
    List<GapRow> ahead(Scope unit) {
        return in.gaps().stream().filter(g -> g.unit().equals(unit) && !g.assessed()).toList();
    }

    /** The unit's passed milestones, each in a sentence: met or missed and by how much. */
    List<String> assessments(Scope unit) {
        return in.gaps().stream().filter(g -> g.unit().equals(unit) && g.assessed())
                .map(g -> GapTables.assessment(g, lang)).toList();
    }

    /** The status of a gap row in words. */
    String status(GapRow row) {
        return lang.text("status." + row.status().key());
    }
}
