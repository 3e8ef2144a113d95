package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapRow;
import org.swcplan.reports.allocation.AllocationOutput;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.targets.TargetsOutput;
import org.swcplan.reports.report.ReportDocument.Chapter;

/**
 * 附表 (the yearly responsibility targets, the treatment each unit needs at each milestone ahead,
 * the allocation of the treatment beyond today's pace), 附图 (the allocation charts) and the note on
 * methods and data.
 */
final class AnnexChapters {
    private final Composition c;

    AnnexChapters(Composition composition) {
        this.c = composition;
    }

    Chapter tables() {
        Blocks blocks = c.blocks();
        if (c.in.targets() != null) {
            Result annex = TargetsOutput.reading(c.in.targets(), c.in.note(), c.in.outlook().method(),
                    c.in.outlook().seed(), false);
            blocks.subheading("annex-targets", c.text("annex.targets"));
            for (Section<?> section : annex.sections()) {
                blocks.table(section.title().in(c.lang), table(section));
            }
            blocks.bullets(annex.notes().stream().map(n -> n.in(c.lang)).toList());
        }
        for (int milestone : c.milestonesAhead()) {
            List<GapRow> rows = c.in.milestoneRows(milestone);
            blocks.subheading("annex-needs-" + milestone, c.text("annex.needs", c.prose.year(milestone)));
            blocks.table(c.text("annex.needs.table", c.prose.year(milestone)), c.table(GapTables.needs(c.lang), rows));
        }
        for (Allocation a : c.in.allocations()) {
            blocks.subheading("annex-allocation-" + a.milestone(), c.text("annex.allocation", c.prose.year(a.milestone()),
                    c.prose.pct(a.cityTargetPct()), c.text("method." + a.method().key())));
            blocks.paragraph(c.names.translated(AllocationOutput.verdict(a, c.lang)));
            blocks.table(c.text("annex.allocation.table", c.prose.year(a.milestone())),
                    c.table(AllocationOutput.readingColumns(a), AllocationOutput.rows(a)));
        }
        return blocks.chapter("annex-tables", c.text("chapter.annex.tables"));
    }

    Chapter figures() {
        Blocks blocks = c.blocks();
        for (Allocation a : c.in.allocations()) {
            blocks.figure(ChartNames.allocation(a.milestone()), c.text("figure.allocation", c.prose.year(a.milestone()),
                    c.text("method." + a.method().key())));
        }
        return blocks.chapter("annex-figures", c.text("chapter.annex.figures"));
    }

    Chapter methods() {
        List<String> provenance = new ArrayList<>();
        provenance.add(c.in.note().footer(c.lang));
        new TreeMap<>(c.in.inputHashes()).forEach((name, hash) -> provenance.add(name + " SHA-256 " + hash));
        provenance.addAll(new ReferenceComparison(c).sources());
        provenance.add(c.text("methods.version", c.in.toolVersion()));
        return c.blocks()
                .paragraph(c.text("methods.text", c.lang.forecastMethod(c.in.outlook().method()),
                        Long.toString(c.in.outlook().seed())))
                .paragraph(GapOutput.statusMethod(c.in.thresholds(), c.lang))
                .bullets(provenance)
                .chapter("methods", c.text("chapter.methods"));
    }

    private <T> ReportTable table(Section<T> section) {
        return c.table(section.reading(), section.readingRows());
    }
}
