package org.swcplan.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Every quantitative commitment of the plan with its progress over its counting period: the
 * indicators of {@code indicators.csv}, followed by the city targets measured from the data itself
 * (the 水土保持率 at each milestone, and the historical erosion stock initially treated).
 *
 * <p>An indicator's progress is counted, in this order of preference: from the treatment ledger's
 * figure it names, over the counting period up to the latest year every county has reported, where
 * the dataset has a treatment ledger; from its named items where the item ledger lists any (those
 * done, completed within or after the counting start; as of the latest completion); otherwise as
 * indicators.csv reports it.
 */
public final class Commitments {
    private Commitments() {
    }

    public static List<Commitment> of(Dataset dataset) {
        List<Commitment> all = new ArrayList<>();
        for (PlanIndicator i : dataset.indicators()) {
            all.add(indicator(i, dataset));
        }
        if (dataset.latestCompleteYear().isEmpty()) {
            return all;
        }
        int last = dataset.latestCompleteYear().getAsInt();
        UnitStanding city = StandingAnalysis.of(dataset, last).city();
        for (Target t : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)) {
            all.add(measured("swc_rate_" + t.year(), "全市水土保持率", "City soil and water conservation rate", "pct",
                    t.value(), t.year(), city.swcRatePct(), last, t.source()));
        }
        double stock = dataset.baselines().stream().mapToDouble(Baseline::baselineErosionKm2).sum();
        if (city.treatedCumKm2().isPresent() && stock > 0) {
            for (Target t : dataset.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT)) {
                all.add(measured("initial_treatment_km2_" + t.year(), "水土流失面积全部得到初步治理",
                        "Historical erosion stock initially treated", "km2", stock * t.value() / 100, t.year(),
                        city.treatedCumKm2().getAsDouble(), last, t.source()));
            }
        }
        return all;
    }

    /** One indicator of indicators.csv, its progress counted as the class comment says. */
    public static Commitment indicator(PlanIndicator i, Dataset dataset) {
        List<IndicatorItem> items = dataset.itemsOf(i.id());
        OptionalInt ledgerYear = completeLedgerYear(dataset);
        if (i.ledger().isPresent() && ledgerYear.isPresent()) {
            LedgerFigure figure = i.ledger().get();
            int asOf = ledgerYear.getAsInt();
            double sum = dataset.countyTreatment().stream()
                    .filter(r -> r.year() >= i.countFrom() && r.year() <= Math.min(i.deadline(), asOf))
                    .mapToDouble(figure::of).sum();
            return commitment(i, sum, asOf, ProgressBasis.TREATMENT_LEDGER, items);
        }
        if (!items.isEmpty()) {
            double done = items.stream().filter(item -> countsToward(item, i)).count();
            int asOf = Math.max(i.progressYear(), items.stream().flatMapToInt(item -> item.completedYear().stream())
                    .max().orElse(i.progressYear()));
            return commitment(i, done, asOf, ProgressBasis.ITEM_LEDGER, items);
        }
        return commitment(i, i.progress(), i.progressYear(), ProgressBasis.REPORTED, items);
    }

    /**
     * The latest year of the treatment ledger that every county in it reports (a year only some
     * counties have given yet is not counted); empty without a ledger.
     */
    static OptionalInt completeLedgerYear(Dataset dataset) {
        List<TreatmentRecord> ledger = dataset.countyTreatment();
        long counties = ledger.stream().map(TreatmentRecord::county).distinct().count();
        return ledger.stream().mapToInt(TreatmentRecord::year).distinct()
                .filter(year -> ledger.stream().filter(r -> r.year() == year).count() == counties).max();
    }

    /** A done item counts unless it was completed before the counting period began. */
    private static boolean countsToward(IndicatorItem item, PlanIndicator indicator) {
        return item.done() && (item.completedYear().isEmpty() || item.completedYear().getAsInt() >= indicator.countFrom());
    }

    private static Commitment commitment(PlanIndicator i, double progress, int progressYear, ProgressBasis basis,
                                         List<IndicatorItem> items) {
        OptionalDouble reported = basis == ProgressBasis.REPORTED ? OptionalDouble.empty() : OptionalDouble.of(i.progress());
        return build(i.id(), i.nameZh(), i.nameEn(), i.unit().key(), i.unitZh(), i.target(), i.countFrom(),
                i.deadline(), progress, progressYear, basis, reported, i.source(), items);
    }

    private static Commitment measured(String id, String nameZh, String nameEn, String unit, double target,
                                       int deadline, double progress, int progressYear, String source) {
        return build(id, nameZh, nameEn, unit, IndicatorUnit.defaultZh(unit), target, Math.min(progressYear, deadline),
                deadline, progress, progressYear, ProgressBasis.MONITORING, OptionalDouble.empty(), source, List.of());
    }

    private static Commitment build(String id, String nameZh, String nameEn, String unit, String unitZh, double target,
                                    int countFrom, int deadline, double progress, int progressYear,
                                    ProgressBasis basis, OptionalDouble reported, String source,
                                    List<IndicatorItem> items) {
        double remaining = Math.max(0, target - progress);
        int yearsLeft = Math.max(0, deadline - Math.max(progressYear, countFrom - 1));
        CommitmentStatus status = remaining == 0 ? CommitmentStatus.MET
                : yearsLeft > 0 ? CommitmentStatus.OPEN : CommitmentStatus.OVERDUE;
        return new Commitment(id, nameZh, nameEn, unit, unitZh, target, countFrom, deadline, progress, progressYear,
                basis, reported, remaining, yearsLeft, yearsLeft > 0 ? remaining / yearsLeft : Double.NaN, status,
                source, items);
    }
}
