package org.swcplan.datasets.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.forecast.TimeSeries;

/**
 * Annual series in the long ("tidy") layout of the M-competition files: one row per series and
 * year, {@code series_id, category, value, timestamp}; series in order of first appearance, the
 * years of each consecutive.
 */
public final class SeriesFile {
    public static final Schema SCHEMA = Schema.of(List.of("series_id", "value", "timestamp"), List.of("category"));

    private SeriesFile() {
    }

    /** One row of the file. */
    private record Point(String id, String category, double value, int year) {
    }

    /**
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem
     */
    public static List<TimeSeries> read(String file, byte[] bytes) {
        DataErrors errors = new DataErrors();
        Parsed<Point> points = CsvRecords.read(file, bytes, SCHEMA, SeriesFile::point, errors);
        Map<String, List<Lined<Point>>> byId = new LinkedHashMap<>();
        for (Lined<Point> p : points.records()) {
            byId.computeIfAbsent(p.value().id(), k -> new ArrayList<>()).add(p);
        }
        List<TimeSeries> series = new ArrayList<>();
        for (List<Lined<Point>> rows : byId.values()) {
            rows.sort((a, b) -> Integer.compare(a.value().year(), b.value().year()));
            double[] values = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                values[i] = rows.get(i).value().value();
                if (i > 0 && rows.get(i).value().year() != rows.get(i - 1).value().year() + 1) {
                    points.error(rows.get(i), "timestamp", "series " + rows.get(i).value().id() + " jumps from "
                            + rows.get(i - 1).value().year() + " to " + rows.get(i).value().year()
                            + " (years must be consecutive, each once)", errors);
                }
            }
            Point first = rows.get(0).value();
            series.add(new TimeSeries(first.id(), first.category(), first.year(), values));
        }
        errors.throwIfAny();
        return series;
    }

    private static Optional<Point> point(Fields f) {
        String id = f.requiredText("series_id");
        double value = f.requiredDouble("value");
        int year = f.requiredInt("timestamp");
        return f.hasErrors() ? Optional.empty() : Optional.of(new Point(id, f.text("category"), value, year));
    }
}
