package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.plan.PlanOutput.ItemRow;
import org.swcplan.reports.report.ReportDocument.Chapter;

/**
 * 二、目标完成情况: each milestone of the city, passed ones assessed and those ahead forecast with
 * the probability, status and treatment they need; every county at each milestone ahead; the
 * 治理度 target; the plan's other quantitative indicators.
 */
final class TargetsChapter {
    private final Composition c;
    private final Prose prose;

    TargetsChapter(Composition composition) {
        this.c = composition;
        this.prose = composition.prose;
    }

    Chapter build() {
        Blocks blocks = c.blocks();
        blocks.paragraphs(c.assessments(Scope.CITY));
        for (GapRow row : c.ahead(Scope.CITY)) {
            blocks.paragraph(citySentence(row));
        }
        blocks.table(c.text("targets.city.table", Names.city(c.in.dataset(), c.lang)),
                c.table(GapTables.unitMilestones(c.lang), c.ahead(Scope.CITY)));
        for (int milestone : c.in.milestones()) {
            List<GapRow> rows = c.in.milestoneRows(milestone);
            boolean passed = rows.get(0).assessed();
            blocks.subheading("milestone-" + milestone, c.text(passed ? "targets.milestone.passed"
                    : "targets.milestone", prose.year(milestone)));
            if (passed) {
                blocks.table(c.text("targets.assessed.table", prose.year(milestone)),
                        c.table(GapTables.assessments(c.lang), rows));
            } else {
                blocks.paragraph(countiesSentence(rows));
                blocks.table(c.text("targets.gaps.table", prose.year(milestone)), c.table(GapTables.gaps(c.lang), rows));
            }
            blocks.figure(ChartNames.gaps(milestone), c.text(passed ? "figure.assessed" : "figure.gaps", prose.year(milestone)));
            blocks.figure(ChartNames.statusMap(milestone), c.text("figure.status.map", prose.year(milestone)));
        }
        degree(blocks);
        blocks.subheading("indicators", c.text("targets.indicators"));
        blocks.table(c.text("targets.indicators.table"), c.table(IndicatorTables.columns(c.lang), c.in.commitments()));
        ledgerDisagreements().ifPresent(blocks::paragraph);
        List<ItemRow> items = ItemRow.of(c.in.commitments(), c.in.dataset());
        if (!items.isEmpty()) {
            blocks.table(c.text("targets.items.table"), c.table(IndicatorTables.items(c.lang, c.in.commitments()), items));
        }
        return blocks.chapter("targets", c.text("chapter.targets"));
    }

    /**
     * Where an indicator counted from a ledger differs from the progress reported for it, one
     * sentence naming both figures for each, asking for them to be reconciled.
     */
    private Optional<String> ledgerDisagreements() {
        List<String> parts = new ArrayList<>();
        for (Commitment row : c.in.commitments()) {
            if (row.reported().isEmpty() || Math.abs(row.reported().getAsDouble() - row.progress()) < 0.005) {
                continue;
            }
            parts.add(c.text("targets.ledger.part", c.lang.name(row.nameZh(), row.nameEn()),
                    c.text("progress_basis." + row.basis().key()), IndicatorTables.figureWithUnit(row, row.progress(), c.lang),
                    IndicatorTables.figureWithUnit(row, row.reported().getAsDouble(), c.lang)));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(c.text("targets.ledger.disagree", String.join(c.text("targets.ledger.separator"), parts)));
    }

    /** The city at a milestone ahead in one sentence: forecast, interval, probability, status, the need. */
    private String citySentence(GapRow row) {
        String forecast = c.text("targets.city.forecast", prose.year(row.milestone()), prose.pct(row.forecastPct()),
                prose.pct(row.lo80Pct()), prose.pct(row.hi80Pct()), prose.pct(row.targetPct()),
                prose.probability(row.probabilityOfReaching()), c.status(row));
        if (row.need().bindingKm2PerYear() <= 0) {
            return forecast;
        }
        return forecast + c.text("targets.city.need", prose.km2(row.need().bindingKm2PerYear()),
                prose.km2(row.bauTreatmentKm2PerYear()), prose.money(row.need().bindingCostWanPerYear()));
    }

    /** How many counties stand in each status at a milestone ahead, and which are behind. */
    private String countiesSentence(List<GapRow> rows) {
        List<GapRow> counties = rows.stream().filter(r -> r.unit() != Scope.CITY).toList();
        List<String> parts = new ArrayList<>();
        for (var status : counties.stream().map(GapRow::status).distinct().sorted().toList()) {
            List<String> names = counties.stream().filter(r -> r.status() == status).map(r -> c.names.of(r.unit())).toList();
            parts.add(c.text("targets.status.count", c.text("status." + status.key()), Integer.toString(names.size()),
                    prose.list(names)));
        }
        return c.text("targets.counties", prose.year(rows.get(0).milestone()), String.join(c.text("prose.semicolon"), parts));
    }

    private void degree(Blocks blocks) {
        List<TreatmentGapRow> rows = c.in.treatmentGaps();
        if (rows.isEmpty()) {
            return;
        }
        TreatmentGapRow city = rows.stream().filter(r -> r.unit() == Scope.CITY).findFirst().orElse(rows.get(0));
        blocks.subheading("treatment-degree", c.text("targets.degree", prose.km2(city.baselineKm2())));
        blocks.paragraph(c.text("targets.degree.text", prose.year(city.lastYear()), prose.km2(city.treatedCumKm2()),
                prose.pct(city.degreePct()), prose.km2(city.remainingKm2()), prose.year(city.milestone()),
                prose.km2(city.requiredKm2PerYear()), prose.km2(city.observedKm2PerYear()),
                c.text("status." + city.status().key())));
        blocks.table(c.text("targets.degree.table", prose.year(city.milestone())), c.text("unit.km2"),
                c.table(GapTables.degree(c.lang), rows));
    }
}
