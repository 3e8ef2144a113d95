package org.swcplan.datasets.canonical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.geojson.GeoJson;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.region.CountyCode;

/**
 * {@code boundaries.geojson} (optional): the counties' outlines for maps, a GeoJSON
 * FeatureCollection with one Polygon or MultiPolygon feature per county. A feature names its
 * county by division code (property {@code adcode}, else the feature's {@code id}) or by name
 * (property {@code name}: 盐湖区, 盐湖, or 永济县 for 永济市, a 县/市/区 suffix being allowed to
 * differ). Without the file, maps are drawn as tile maps.
 */
public final class BoundariesFile {
    public static final String NAME = "boundaries.geojson";

    private BoundariesFile() {
    }

    /** The file's boundaries, one a county; a feature naming no county, or a second one for a county, is an error. */
    public static Parsed<CountyBoundary> read(String file, byte[] bytes, KnownCounties counties, DataErrors errors) {
        List<Lined<CountyBoundary>> boundaries = new ArrayList<>();
        Map<CountyCode, Long> firstLine = new LinkedHashMap<>();
        for (GeoJson.Feature feature : GeoJson.read(file, bytes, errors)) {
            Optional<CountyCode> county = county(feature, counties, file, errors);
            if (county.isEmpty()) {
                continue;
            }
            Long first = firstLine.putIfAbsent(county.get(), feature.line());
            if (first != null) {
                errors.add(file, feature.line(), feature.column(), feature.path(), "a second boundary for county "
                        + county.get() + " (the first is on line " + first + ")");
                continue;
            }
            boundaries.add(new Lined<>(feature.line(), new CountyBoundary(county.get(), feature.polygons())));
        }
        return new Parsed<>(file, List.of(), boundaries, List.of(), List.of());
    }

    /** The county a feature's code or name gives; an error when it gives none, or two different ones. */
    private static Optional<CountyCode> county(GeoJson.Feature feature, KnownCounties counties, String file,
                                               DataErrors errors) {
        Optional<String> code = Optional.ofNullable(feature.properties().get("adcode")).or(feature::id);
        Optional<String> name = Optional.ofNullable(feature.properties().get("name"));
        Optional<CountyCode> byCode = code.flatMap(counties::resolve);
        Optional<CountyCode> byName = name.flatMap(n -> counties.resolve(n).or(() -> counties.resolve(stem(n))));
        if (byCode.isPresent() && byName.isPresent() && !byCode.equals(byName)) {
            errors.add(file, feature.line(), feature.column(), feature.path(), "its code " + code.get()
                    + " and its name \"" + name.get() + "\" are different counties of counties.csv (" + byCode.get()
                    + ", " + byName.get() + ")");
            return Optional.empty();
        }
        Optional<CountyCode> county = byCode.or(() -> byName);
        if (county.isEmpty()) {
            String given = String.join(", ", Stream.of(code.map(c -> "code " + c), name.map(n -> "name \"" + n + "\""))
                    .flatMap(Optional::stream).toList());
            errors.add(file, feature.line(), feature.column(), feature.path(), given.isEmpty()
                    ? "the feature names no county: give it an \"adcode\" or a \"name\" property"
                    : "no county of counties.csv has its " + given);
        }
        return county;
    }

    /** 永济县 → 永济, so that a name differing from counties.csv's only in its 县/市/区 suffix is found. */
    private static String stem(String name) {
        String trimmed = name.strip();
        return trimmed.length() > 2 && (trimmed.endsWith("县") || trimmed.endsWith("市") || trimmed.endsWith("区"))
                ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
