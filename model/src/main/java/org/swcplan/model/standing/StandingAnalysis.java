package org.swcplan.model.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.LandErosion;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentDegree;
import org.swcplan.model.treatment.TreatmentLedger;

/** Computes where each county and the city stand in a year. */
public final class StandingAnalysis {
    /** How the city is named in outputs. */
    public static final String CITY_NAME_ZH = "全市";
    public static final String CITY_NAME_EN = "City total";

    private StandingAnalysis() {
    }

    /**
     * @throws IllegalArgumentException when some county has no monitoring record in {@code year}
     */
    public static Standing of(Dataset dataset, int year) {
        List<County> missing = dataset.counties().stream()
                .filter(c -> dataset.record(c.code(), year).isEmpty()).toList();
        if (!missing.isEmpty() || dataset.counties().isEmpty()) {
            throw new IllegalArgumentException("no monitoring for " + year + " in "
                    + (dataset.counties().isEmpty() ? "any county" : missing.get(0).code() + " " + missing.get(0).nameZh())
                    + availableYears(dataset));
        }
        List<UnitStanding> rows = new ArrayList<>();
        for (County county : dataset.counties()) {
            rows.add(countyStanding(dataset, county, year));
        }
        return new Standing(year, rows, cityStanding(dataset, rows, year));
    }

    private static UnitStanding countyStanding(Dataset dataset, County county, int year) {
        AnnualRecord record = dataset.record(county.code(), year).orElseThrow();
        OptionalDouble change = dataset.record(county.code(), year - 1)
                .map(previous -> OptionalDouble.of(record.swcRatePct() - previous.swcRatePct()))
                .orElse(OptionalDouble.empty());
        OptionalDouble cumulative = dataset.baseline(county.code())
                .map(b -> TreatmentLedger.cumulativeKm2(b, dataset.treatmentOf(county.code()), year))
                .orElse(OptionalDouble.empty());
        OptionalDouble degree = OptionalDouble.empty();
        if (cumulative.isPresent()) {
            double stock = dataset.baseline(county.code()).orElseThrow().baselineErosionKm2();
            degree = stock > 0 ? OptionalDouble.of(TreatmentDegree.percent(cumulative.getAsDouble(), stock))
                    : OptionalDouble.empty();
        }
        return new UnitStanding(county.code(), county.nameZh(), county.nameEn(), year, record.areas(), change,
                cumulative, degree);
    }

    private static UnitStanding cityStanding(Dataset dataset, List<UnitStanding> counties, int year) {
        LandErosion total = LandErosion.sum(counties.stream().map(UnitStanding::areas).toList());
        OptionalDouble change = OptionalDouble.empty();
        if (dataset.isComplete(year - 1)) {
            LandErosion previous = LandErosion.sum(dataset.counties().stream()
                    .map(c -> dataset.record(c.code(), year - 1).orElseThrow().areas()).toList());
            change = OptionalDouble.of(total.swcRatePct() - previous.swcRatePct());
        }
        boolean allTreated = counties.stream().allMatch(u -> u.treatedCumKm2().isPresent());
        OptionalDouble cumulative = allTreated
                ? OptionalDouble.of(counties.stream().mapToDouble(u -> u.treatedCumKm2().getAsDouble()).sum())
                : OptionalDouble.empty();
        double stock = dataset.baselines().stream().mapToDouble(Baseline::baselineErosionKm2).sum();
        OptionalDouble degree = allTreated && stock > 0
                ? OptionalDouble.of(TreatmentDegree.percent(cumulative.getAsDouble(), stock))
                : OptionalDouble.empty();
        return new UnitStanding(Scope.CITY, CITY_NAME_ZH, CITY_NAME_EN, year, total, change, cumulative, degree);
    }

    private static String availableYears(Dataset dataset) {
        List<Integer> years = dataset.monitoring().stream().map(AnnualRecord::year).distinct().sorted().toList();
        return years.isEmpty() ? "" : " (years with data: " + years.get(0) + "–" + years.get(years.size() - 1) + ")";
    }
}
