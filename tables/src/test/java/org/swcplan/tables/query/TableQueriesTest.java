package org.swcplan.tables.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;
import org.swcplan.tables.SwcTables;
import org.swcplan.tables.TableKind;
import tech.tablesaw.api.Table;

/**
 * Group-bys and cross-tables against sums by plain loops over the dataset's records, on random
 * selections of counties and random row orders (seeded; the seed is in every failure message).
 */
class TableQueriesTest {
    private static Dataset dataset;
    private static DataNote note;

    @BeforeAll
    static void load() {
        dataset = SwcTables.bundled().dataset();
        note = new DataNote("bundled", "bundled", true, "140800");
    }

    private static TableQuery cross(String rows, String cols, String value, String... where) {
        return new TableQuery(List.of(where), "", "", List.of(), Optional.of(new TableQuery.Cross(rows, cols, value,
                Optional.empty())), "", OptionalInt.empty());
    }

    private static TableQuery groupBy(String by, List<TableQuery.Summary> summaries, String... where) {
        return new TableQuery(List.of(where), "", by, summaries, Optional.empty(), "", OptionalInt.empty());
    }

    private static List<Map<String, String>> csv(Result result) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.render(result, Format.CSV, RenderOptions.plain(), out);
        List<String> lines = out.toString().lines().toList();
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(Result result) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.render(result, Format.CSV, RenderOptions.plain(), out);
        return out.toString();
    }

    @Test
    void theCityRowOfARateCrossTableIsTheRateOfTheSummedAreas() throws IOException {
        Map<String, String> city = csv(TableQueries.run(TableKind.MONITORING, dataset, note,
                cross("code", "year", "swc_rate_pct"))).get(13);
        assertThat(city.get("code")).isEqualTo("140800");
        for (int year = 2018; year <= 2024; year++) {
            double land = 0;
            double conserved = 0;
            for (AnnualRecord r : dataset.monitoring()) {
                if (r.year() == year) {
                    land += r.landAreaKm2();
                    conserved += r.landAreaKm2() - r.erosionKm2();
                }
            }
            assertThat(Double.parseDouble(city.get(Integer.toString(year)))).as("%d", year)
                    .isCloseTo(100 * conserved / land, within(0.005));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 20240118})
    void aCrossTableDoesNotDependOnTheOrderOfTheRows(long seed) throws IOException {
        Table frame = SwcTables.of(dataset).treatment();
        int[] order = IntStream.range(0, frame.rowCount()).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        TableQuery query = cross("year", "code", "treated_km2", "year>=2020");
        assertThat(text(TableQueries.run(frame.rows(order), "treatment", dataset, note, query))).as("seed %d", seed)
                .isEqualTo(text(TableQueries.run(frame, "treatment", dataset, note, query)));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 2025, 20240118})
    void theGroupsOfSomeCountiesAddUpToTheirTotalAndToThePlainSums(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> chosen = dataset.counties().stream().map(County::code).map(c -> c.id())
                .filter(c -> random.nextInt(3) > 0).toList();
        if (chosen.size() < 2) {
            chosen = List.of("140826", "140827");
        }
        String where = "code in (" + String.join(", ", chosen) + ")";
        List<Map<String, String>> rows = csv(TableQueries.run(TableKind.TREATMENT, dataset, note, groupBy("code",
                List.of(new TableQuery.Summary(Aggregate.SUM, "treated_km2,investment_wan")), where)));
        assertThat(rows).as("seed %d: %s", seed, where).hasSize(chosen.size() + 1);
        Map<String, String> total = rows.get(rows.size() - 1);
        assertThat(total.get("code")).isEqualTo(chosen.size() == 13 ? "140800" : "total");
        for (String key : List.of("treated_km2", "investment_wan")) {
            double parts = rows.subList(0, chosen.size()).stream().mapToDouble(r -> Double.parseDouble(r.get("sum_" + key)))
                    .sum();
            double plain = 0;
            for (TreatmentRecord r : dataset.treatment()) {
                if (chosen.contains(r.county().id())) {
                    plain += key.equals("treated_km2") ? r.newTreatedKm2() : r.investmentWan();
                }
            }
            double whole = Double.parseDouble(total.get("sum_" + key));
            assertThat(whole).as("seed %d: %s total", seed, key).isCloseTo(plain, within(0.005));
            assertThat(parts).as("seed %d: %s parts", seed, key).isCloseTo(whole, within(0.005 * chosen.size()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 19, 20240118})
    void aWeightedRateOfSomeCountiesIsTheRateOfTheirSummedAreas(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> chosen = dataset.counties().stream().map(c -> c.code().id()).filter(c -> random.nextBoolean())
                .toList();
        if (chosen.isEmpty()) {
            chosen = List.of("140802");
        }
        List<Map<String, String>> rows = csv(TableQueries.run(TableKind.MONITORING, dataset, note, groupBy("year",
                List.of(new TableQuery.Summary(Aggregate.WEIGHTED, "swc_rate_pct"),
                        new TableQuery.Summary(Aggregate.MEAN, "swc_rate_pct")),
                "code in (" + String.join(",", chosen) + ")")));
        assertThat(rows).hasSize(7);
        for (Map<String, String> row : rows) {
            int year = Integer.parseInt(row.get("year"));
            double land = 0;
            double conserved = 0;
            double rates = 0;
            for (AnnualRecord r : dataset.monitoring()) {
                if (r.year() == year && chosen.contains(r.county().id())) {
                    land += r.landAreaKm2();
                    conserved += r.landAreaKm2() - r.erosionKm2();
                    rates += r.swcRatePct();
                }
            }
            assertThat(Double.parseDouble(row.get("weighted_swc_rate_pct"))).as("seed %d, %d", seed, year)
                    .isCloseTo(100 * conserved / land, within(0.005));
            assertThat(Double.parseDouble(row.get("mean_swc_rate_pct"))).as("seed %d, %d", seed, year)
                    .isCloseTo(rates / chosen.size(), within(0.005));
        }
    }
}
