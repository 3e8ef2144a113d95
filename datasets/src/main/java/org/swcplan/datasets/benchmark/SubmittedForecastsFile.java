package org.swcplan.datasets.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;

/**
 * Point forecasts made elsewhere, in the forecast table layout of the M-competition files:
 * {@code series_id, method_id, forecast, horizon} (further columns ignored). Every series of a
 * method must have horizons 1..H without gaps.
 */
public final class SubmittedForecastsFile {
    public static final Schema SCHEMA = Schema.of(List.of("series_id", "method_id", "forecast", "horizon"),
            List.of("timestamp", "origin_timestamp"));

    private SubmittedForecastsFile() {
    }

    private record Row(String series, String method, double forecast, int horizon) {
    }

    /**
     * @return forecasts[method][series] = values for horizons 1..H, methods in order of first appearance
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem
     */
    public static Map<String, Map<String, double[]>> read(String file, byte[] bytes) {
        DataErrors errors = new DataErrors();
        Parsed<Row> rows = CsvRecords.read(file, bytes, SCHEMA, SubmittedForecastsFile::row, errors);
        rows.rejectDuplicates(r -> r.method() + " " + r.series() + " h" + r.horizon(), "series_id", errors);
        Map<String, Map<String, TreeMap<Integer, Lined<Row>>>> grouped = new LinkedHashMap<>();
        for (Lined<Row> row : rows.records()) {
            grouped.computeIfAbsent(row.value().method(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.value().series(), k -> new TreeMap<>()).put(row.value().horizon(), row);
        }
        Map<String, Map<String, double[]>> forecasts = new LinkedHashMap<>();
        grouped.forEach((method, bySeries) -> {
            Map<String, double[]> values = new LinkedHashMap<>();
            bySeries.forEach((series, byHorizon) -> {
                if (byHorizon.firstKey() != 1 || byHorizon.lastKey() != byHorizon.size()) {
                    rows.error(byHorizon.lastEntry().getValue(), "horizon", method + " / " + series
                            + ": horizons must run 1, 2, … without gaps", errors);
                }
                values.put(series, byHorizon.values().stream().mapToDouble(l -> l.value().forecast()).toArray());
            });
            forecasts.put(method, values);
        });
        errors.throwIfAny();
        return forecasts;
    }

    private static Optional<Row> row(Fields f) {
        String series = f.requiredText("series_id");
        String method = f.requiredText("method_id");
        double forecast = f.requiredDouble("forecast");
        int horizon = f.requiredInt("horizon");
        if (!f.hasErrors() && horizon < 1) {
            f.error("horizon", "horizons start at 1, found " + horizon);
        }
        return f.hasErrors() ? Optional.empty() : Optional.of(new Row(series, method, forecast, horizon));
    }
}
