package org.swcplan.model.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.Scope;

/**
 * The supervision ledger read by county and year, with the city's total of each year: the sum of
 * the counties that report that year.
 */
public final class SupervisionLedger {
    private SupervisionLedger() {
    }

    /**
     * One line of the ledger: a county's record, or the city's total of a year.
     *
     * @param counties how many counties the line sums: 1 for a county
     */
    public record Row(Scope unit, int year, SupervisionFigures figures, int counties, String source) {
        public boolean isCity() {
            return unit == Scope.CITY;
        }
    }

    /** The counties' rows the filter keeps, by county then year, each with its sub-units' rows rolled in. */
    public static List<Row> counties(Dataset dataset, Predicate<SupervisionRecord> filter) {
        return dataset.countySupervision().stream().filter(filter)
                .map(r -> new Row(r.county(), r.year(), r.figures(), 1, r.source())).toList();
    }

    /** The city's total of every year that {@code rows} hold, oldest first, summed over those rows. */
    public static List<Row> cityTotals(List<Row> rows) {
        List<Row> totals = new ArrayList<>();
        rows.stream().filter(r -> !r.isCity()).mapToInt(Row::year).distinct().sorted().forEach(year -> {
            List<Row> ofYear = rows.stream().filter(r -> !r.isCity() && r.year() == year).toList();
            SupervisionFigures sum = ofYear.stream().map(Row::figures)
                    .reduce(SupervisionFigures.NONE, SupervisionFigures::plus);
            totals.add(new Row(Scope.CITY, year, sum, ofYear.size(), ""));
        });
        return totals;
    }

    /** The county rows and, after each year's counties, the city's total of that year. */
    public static List<Row> withCityTotals(List<Row> rows) {
        List<Row> totals = cityTotals(rows);
        List<Row> all = new ArrayList<>();
        for (Row total : totals) {
            rows.stream().filter(r -> r.year() == total.year()).forEach(all::add);
            all.add(total);
        }
        return all;
    }

    /** The city's total of one year over all the dataset's counties that report it. */
    public static Row cityTotal(Dataset dataset, int year) {
        List<Row> totals = cityTotals(counties(dataset, r -> r.year() == year));
        return totals.isEmpty() ? new Row(Scope.CITY, year, SupervisionFigures.NONE, 0, "") : totals.get(0);
    }

    /**
     * A county's year set against its year before.
     *
     * @param disturbedRiseKm2 the rise of the disturbed area, km² (negative: a fall)
     */
    public record Rise(SupervisionRecord now, SupervisionRecord before, double disturbedRiseKm2) {
    }

    /**
     * The county whose disturbed area rose most from {@code year - 1} to {@code year}, among those
     * that measured it in both; empty when none rose. Ties go to the lower code.
     */
    public static Optional<Rise> largestDisturbanceRise(Dataset dataset, int year) {
        Optional<Rise> largest = Optional.empty();
        for (SupervisionRecord now : dataset.countySupervision()) {
            if (now.year() != year || now.figures().disturbedAreaKm2().isEmpty()) {
                continue;
            }
            Optional<SupervisionRecord> before = dataset.supervisionOf(now.county()).stream()
                    .filter(r -> r.year() == year - 1 && r.figures().disturbedAreaKm2().isPresent()).findFirst();
            if (before.isEmpty()) {
                continue;
            }
            double rise = now.figures().disturbedAreaKm2().getAsDouble()
                    - before.get().figures().disturbedAreaKm2().getAsDouble();
            if (rise > 0 && (largest.isEmpty() || rise > largest.get().disturbedRiseKm2())) {
                largest = Optional.of(new Rise(now, before.get(), rise));
            }
        }
        return largest;
    }

    /** The latest year of the ledger; empty when the dataset has none. */
    public static OptionalInt latestYear(Dataset dataset) {
        return dataset.supervision().stream().mapToInt(SupervisionRecord::year).max();
    }
}
