package org.swcplan.model.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.MonitoredPanel;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentLedger;

/**
 * Things a reader of a report should know about the data: not errors (those stop the reading),
 * but facts that change how figures compare: revised land bases, reported rates that differ from
 * the areas, one-off steps and sustained declines of a county's rate, cumulative treatment beyond
 * the stock, targets a county borrows from the city, missing files' content, and illustrative
 * figures.
 */
public final class DataQuality {
    /** Land totals that move by more than this share between years are a revision of the base. */
    static final double LAND_REVISION_SHARE = 0.001;
    /** Cumulative treatment this far above the stock is worth a look. */
    static final double TREATED_OVER_STOCK = 1.05;

    private DataQuality() {
    }

    /**
     * @throws IllegalArgumentException when fewer than 2 years have data for every county (the
     *                                  notes speak of the years forecasts use: {@link MonitoredPanel})
     */
    public static List<String> notes(Dataset dataset) {
        return facts(dataset).stream().map(QualityNote::english).toList();
    }

    /**
     * The notes as facts, for each edition to word in its language.
     *
     * @throws IllegalArgumentException as {@link #notes}
     */
    public static List<QualityNote> facts(Dataset dataset) {
        List<QualityNote> notes = new ArrayList<>();
        if (dataset.isIllustrative()) {
            notes.add(QualityNote.of(QualityNote.Kind.ILLUSTRATIVE));
        }
        MonitoredPanel panel = MonitoredPanel.of(dataset);
        List<Integer> years = panel.observedYears();
        for (int i = 1; i < years.size(); i++) {
            double before = landTotal(dataset, years.get(i - 1));
            double after = landTotal(dataset, years.get(i));
            if (Math.abs(after - before) > LAND_REVISION_SHARE * before) {
                String from = String.format(Locale.ROOT, "%.2f", before);
                String to = String.format(Locale.ROOT, "%.2f", after);
                String earlier = Integer.toString(years.get(i - 1));
                notes.add(years.get(i) - years.get(i - 1) == 1
                        ? QualityNote.of(QualityNote.Kind.LAND_REVISED_IN, Integer.toString(years.get(i)), from, to, earlier)
                        : QualityNote.of(QualityNote.Kind.LAND_REVISED_BETWEEN, earlier, Integer.toString(years.get(i)),
                        from, to, earlier));
            }
        }
        int last = panel.lastYear();
        for (County county : dataset.counties()) {
            List<AnnualRecord> records = dataset.recordsOf(county.code()).stream().filter(r -> r.year() <= last).toList();
            notes.addAll(RateShifts.steps(county, records));
            RateShifts.decline(county, records).ifPresent(notes::add);
        }
        for (County county : dataset.counties()) {
            dataset.baseline(county.code()).ifPresent(b -> checkTreated(dataset, county, b, last, notes));
        }
        for (Target city : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)) {
            List<String> borrowing = dataset.counties().stream().filter(c -> dataset.targets(c.code(),
                    TargetIndicator.SWC_RATE_PCT).stream().noneMatch(t -> t.year() == city.year()))
                    .map(County::nameZh).toList();
            if (!borrowing.isEmpty()) {
                notes.add(QualityNote.of(QualityNote.Kind.CITY_TARGET_USED, Integer.toString(city.year()),
                        String.join("、", borrowing), Double.toString(city.value())));
            }
        }
        if (dataset.baselines().size() < dataset.counties().size()) {
            notes.add(QualityNote.of(QualityNote.Kind.BASELINES_MISSING));
        }
        if (dataset.treatment().isEmpty()) {
            notes.add(QualityNote.of(QualityNote.Kind.NO_TREATMENT));
        }
        return notes;
    }

    private static void checkTreated(Dataset dataset, County county, Baseline baseline, int year,
                                     List<QualityNote> notes) {
        double treated = TreatmentLedger.cumulativeKm2(baseline, dataset.treatmentOf(county.code()), year)
                .orElse(baseline.treatedCumKm2());
        if (treated > TREATED_OVER_STOCK * baseline.baselineErosionKm2()) {
            notes.add(QualityNote.of(QualityNote.Kind.TREATED_OVER_STOCK, county.nameZh(),
                    String.format(Locale.ROOT, "%.2f", treated), String.format(Locale.ROOT, "%.2f",
                            baseline.baselineErosionKm2())));
        }
    }

    private static double landTotal(Dataset dataset, int year) {
        return dataset.counties().stream()
                .mapToDouble(c -> dataset.record(c.code(), year).orElseThrow().landAreaKm2()).sum();
    }
}
