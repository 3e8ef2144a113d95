package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.CountyShare;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.report.ReportDocument.Chapter;

/**
 * 五、存在问题 and 六、下一步工作, written from the results by explicit rules:
 * <ul>
 * <li>problems: units not on track for a milestone ahead (需加快推进, 进展滞后, 出现下滑), passed
 * milestones missed, rates that fell in the report year, 治理度 paces too slow for the stock,
 * and the data-quality notes;</li>
 * <li>next steps: for each milestone ahead, the treatment beyond today's pace the least-cost
 * allocation asks for, its cost and the counties that carry most of it (said to come from the
 * 治理度 floors where those alone reach the target), or, where no allocation reaches the target,
 * the best reachable rate, or, where today's pace suffices, to keep it; the counties whose 治理度 pace must rise
 * and to what; the tasks not yet started; the data to check.</li>
 * </ul>
 */
final class Findings {
    private static final Set<GapStatus> BEHIND = Set.of(GapStatus.ACCELERATION_NEEDED, GapStatus.LIMITED_PROGRESS,
            GapStatus.DETERIORATION);
    private static final int NAMED_COUNTIES = 3;
    private final Composition c;
    private final Prose prose;

    Findings(Composition composition) {
        this.c = composition;
        this.prose = composition.prose;
    }

    Chapter problems() {
        List<String> items = new ArrayList<>();
        for (int milestone : c.milestonesAhead()) {
            GapRow city = c.row(Scope.CITY, milestone);
            if (BEHIND.contains(city.status())) {
                items.add(c.text("problems.city", prose.year(milestone), prose.pct(city.targetPct()),
                        prose.probability(city.probabilityOfReaching()), c.status(city)));
            }
            List<String> behind = c.in.milestoneRows(milestone).stream()
                    .filter(r -> r.unit() != Scope.CITY && BEHIND.contains(r.status()))
                    .sorted(Comparator.comparingDouble(GapRow::probabilityOfReaching))
                    .map(r -> c.text("problems.county.item", c.names.of(r.unit()),
                            prose.probability(r.probabilityOfReaching()), c.status(r))).toList();
            if (!behind.isEmpty()) {
                items.add(c.text("problems.counties", prose.year(milestone), Integer.toString(behind.size()),
                        String.join(c.text("prose.enum"), behind)));
            }
        }
        List<String> missed = c.in.gaps().stream().filter(g -> g.assessed() && g.status() == GapStatus.MISSED)
                .map(g -> c.text("problems.missed.item", c.names.of(g.unit()), prose.year(g.milestone()),
                        prose.points(g.gapPp()))).toList();
        if (!missed.isEmpty()) {
            items.add(c.text("problems.missed", String.join(c.text("prose.enum"), missed)));
        }
        List<String> falling = c.in.standing().counties().stream()
                .filter(s -> s.changePp().isPresent() && s.changePp().getAsDouble() <= -0.005)
                .sorted(Comparator.comparingDouble((UnitStanding s) -> s.changePp().getAsDouble()))
                .map(s -> c.text("problems.falling.item", c.names.of(s.unit()), prose.points(s.changePp().getAsDouble())))
                .toList();
        if (!falling.isEmpty()) {
            items.add(c.text("problems.falling", prose.year(c.in.year()), String.join(c.text("prose.enum"), falling)));
        }
        List<String> slow = slowDegree().stream().map(r -> c.text("problems.degree.item", c.names.of(r.unit()),
                prose.km2(r.untreatedAtPaceKm2()))).toList();
        if (!slow.isEmpty()) {
            items.add(c.text("problems.degree", prose.year(slowDegree().get(0).milestone()),
                    String.join(c.text("prose.enum"), slow)));
        }
        c.in.quality().forEach(note -> items.add(c.text("problems.data", c.names.translated(note))));
        Blocks blocks = c.blocks();
        if (items.isEmpty()) {
            blocks.paragraph(c.text("problems.none"));
        }
        return blocks.bullets(items).chapter("problems", c.text("chapter.problems"));
    }

    Chapter nextSteps() {
        List<String> items = new ArrayList<>();
        // allocations that the 治理度 floors alone decide ask the same of every milestone: said once
        Map<String, List<Allocation>> steps = new LinkedHashMap<>();
        for (Allocation a : c.in.allocations()) {
            boolean floors = a.feasible() && a.floorsAlone() && a.totalExtraKm2PerYear() > 0.005;
            String key = floors ? "floors " + Math.round(a.totalExtraKm2PerYear() * 100) + " "
                    + Math.round(a.totalExtraCostWanPerYear()) : "milestone " + a.milestone();
            steps.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        steps.values().forEach(group -> items.add(allocationStep(group)));
        for (TreatmentGapRow row : slowDegree()) {
            items.add(c.text("next.degree", c.names.of(row.unit()), prose.km2(row.observedKm2PerYear()),
                    prose.km2(row.requiredKm2PerYear()), prose.year(row.milestone())));
        }
        List<String> notStarted = c.in.dataset().tasks().stream().filter(t -> t.status() == TaskStatus.NOT_STARTED)
                .map(t -> Integer.toString(t.number())).toList();
        if (!notStarted.isEmpty()) {
            items.add(c.text("next.tasks", prose.list(notStarted)));
        }
        if (!c.in.quality().isEmpty()) {
            items.add(c.text("next.data"));
        }
        Blocks blocks = c.blocks();
        if (items.isEmpty()) {
            blocks.paragraph(c.text("next.none"));
        }
        return blocks.bullets(items).chapter("next-steps", c.text("chapter.next"));
    }

    /** One step for allocations that ask the same (the first of them gives the figures). */
    private String allocationStep(List<Allocation> group) {
        Allocation a = group.get(0);
        String year = prose.year(a.milestone());
        String target = prose.pct(a.cityTargetPct());
        if (!a.feasible()) {
            return c.text("next.infeasible", year, target, prose.pct(a.rateAtConfidencePct()));
        }
        if (a.totalExtraKm2PerYear() <= 0.005) {
            return c.text("next.keep", year, target, prose.km2(a.totalBauKm2PerYear()));
        }
        List<CountyShare> main = a.counties().stream().filter(s -> s.extraKm2PerYear() > 0.005)
                .sorted(Comparator.comparingDouble(CountyShare::extraKm2PerYear).reversed()
                        .thenComparing(s -> s.county().value()))
                .limit(NAMED_COUNTIES).toList();
        List<String> named = main.stream().map(s -> c.text("next.county.item", c.names.of(s.county()),
                prose.km2(s.extraKm2PerYear()))).toList();
        if (a.floorsAlone()) {
            return c.text("next.floors", prose.list(group.stream().map(g -> prose.year(g.milestone())).toList()),
                    prose.list(group.stream().map(g -> prose.pct(g.cityTargetPct())).toList()),
                    prose.km2(a.totalExtraKm2PerYear()), prose.money(a.totalExtraCostWanPerYear()),
                    c.text("method." + a.method().key()), prose.list(named), period(group.get(group.size() - 1)));
        }
        return c.text("next.extra", year, target, prose.km2(a.totalExtraKm2PerYear()),
                prose.money(a.totalExtraCostWanPerYear()), c.text("method." + a.method().key()),
                prose.list(named), period(a));
    }

    /** The years an allocation's yearly figures are averaged over: 2025—2035年. */
    private String period(Allocation a) {
        return a.lastYear() + 1 >= a.milestone() ? prose.year(a.milestone())
                : c.text("prose.period", Integer.toString(a.lastYear() + 1), Integer.toString(a.milestone()));
    }

    /** Counties whose treatment pace leaves part of their historical stock untreated at the deadline. */
    private List<TreatmentGapRow> slowDegree() {
        return c.in.treatmentGaps().stream().filter(r -> r.unit() != Scope.CITY && BEHIND.contains(r.status()))
                .sorted(Comparator.comparingDouble(TreatmentGapRow::untreatedAtPaceKm2).reversed()
                        .thenComparing(r -> r.unit().id())).toList();
    }
}
