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
        List<String> notes = new ArrayList<>();
        if (dataset.isIllustrative()) {
            notes.add("Some figures are marked illustrative (invented for demonstration), not published statistics.");
        }
        MonitoredPanel panel = MonitoredPanel.of(dataset);
        List<Integer> years = panel.observedYears();
        for (int i = 1; i < years.size(); i++) {
            double before = landTotal(dataset, years.get(i - 1));
            double after = landTotal(dataset, years.get(i));
            if (Math.abs(after - before) > LAND_REVISION_SHARE * before) {
                String when = years.get(i) - years.get(i - 1) == 1 ? "in " + years.get(i)
                        : "between " + years.get(i - 1) + " and " + years.get(i);
                notes.add(String.format(Locale.ROOT, "Land base revised %s: the land total changes from %.2f to "
                        + "%.2f km², so rates of %d and earlier are on the older base.", when, before, after,
                        years.get(i - 1)));
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
                notes.add("No county target for " + city.year() + " in " + String.join("、", borrowing)
                        + ": the city's " + city.value() + " % is used.");
            }
        }
        if (dataset.baselines().size() < dataset.counties().size()) {
            notes.add("Baselines are missing for some counties: treatment degree (治理度) cannot be computed for the city.");
        }
        if (dataset.treatment().isEmpty()) {
            notes.add("No treatment records: effectiveness cannot be calibrated and scenarios use the default k.");
        }
        return notes;
    }

    private static void checkTreated(Dataset dataset, County county, Baseline baseline, int year, List<String> notes) {
        double treated = TreatmentLedger.cumulativeKm2(baseline, dataset.treatmentOf(county.code()), year)
                .orElse(baseline.treatedCumKm2());
        if (treated > TREATED_OVER_STOCK * baseline.baselineErosionKm2()) {
            notes.add(String.format(Locale.ROOT, "%s: cumulative treatment %.2f km² exceeds its erosion stock %.2f km² "
                    + "by more than 5 %%.", county.nameZh(), treated, baseline.baselineErosionKm2()));
        }
    }

    private static double landTotal(Dataset dataset, int year) {
        return dataset.counties().stream()
                .mapToDouble(c -> dataset.record(c.code(), year).orElseThrow().landAreaKm2()).sum();
    }
}
