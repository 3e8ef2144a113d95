package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.region.CountyBoundary.LonLat;
import org.swcplan.model.region.CountyBoundary.Ring;

class BoundariesFileTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();
    private static final KnownCounties COUNTIES = KnownCounties.of(BUNDLED.counties());
    private static final String FILE = new String(new BundledDataset().read(BoundariesFile.NAME).orElseThrow(),
            StandardCharsets.UTF_8);

    private static Parsed<CountyBoundary> read(String text, DataErrors errors) {
        return BoundariesFile.read("boundaries.geojson", text.getBytes(StandardCharsets.UTF_8), COUNTIES, errors);
    }

    private static List<String> errors(String text) {
        DataErrors errors = new DataErrors();
        read(text, errors);
        return errors.list().stream().map(DataError::format).toList();
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[110,35],[111,35],[111,36],[110,36],[110,35]]]}";

    @Test
    void everyBundledCountyHasAnOutline() {
        assertThat(BUNDLED.countiesWithoutBoundary()).isEmpty();
        assertThat(BUNDLED.boundaries()).hasSize(13);
        assertThat(BUNDLED.boundaries()).extracting(CountyBoundary::county)
                .containsExactlyElementsOf(BUNDLED.counties().stream().map(County::code).toList());
    }

    @Test
    void everyBundledFeatureIsFoundByItsNameAlone() {
        String namesOnly = FILE.replaceAll("\"adcode\":\"\\d+\",", "");
        assertThat(namesOnly).doesNotContain("adcode");
        DataErrors errors = new DataErrors();
        Parsed<CountyBoundary> read = read(namesOnly, errors);
        assertThat(errors.list()).isEmpty();
        assertThat(read.values()).isEqualTo(BUNDLED.boundaries());
    }

    @Test
    void everyBundledOutlineEnclosesRoughlyItsCountysLandArea() {
        // the land areas are the published county areas (SOURCES.md); a county matched to the wrong
        // outline would be off by far more than the simplification's few per mille
        for (CountyBoundary boundary : BUNDLED.boundaries()) {
            double land = BUNDLED.record(boundary.county(), 2024).orElseThrow().landAreaKm2();
            assertThat(areaKm2(boundary)).as("%s", boundary.county()).isCloseTo(land, org.assertj.core.api.Assertions
                    .withinPercentage(3));
        }
    }

    /** Shoelace area on degrees scaled to km: 111.32 km a degree of latitude, times cos(latitude) for longitude. */
    private static double areaKm2(CountyBoundary boundary) {
        double total = 0;
        for (var polygon : boundary.polygons()) {
            total += ringKm2(polygon.outer());
            for (Ring hole : polygon.holes()) {
                total -= ringKm2(hole);
            }
        }
        return total;
    }

    private static double ringKm2(Ring ring) {
        List<LonLat> p = ring.points();
        double twice = 0;
        double lat = p.stream().mapToDouble(LonLat::latDeg).average().orElseThrow();
        for (int i = 0; i < p.size(); i++) {
            LonLat a = p.get(i);
            LonLat b = p.get((i + 1) % p.size());
            twice += a.lonDeg() * b.latDeg() - b.lonDeg() * a.latDeg();
        }
        return Math.abs(twice) / 2 * 111.32 * 111.32 * Math.cos(Math.toRadians(lat));
    }

    @Test
    void aNameMayDifferInItsSuffixAndACodeMayBeTheFeaturesId() {
        String text = collection(feature("{\"name\":\"永济县\"}", SQUARE), feature("{\"name\":\"盐湖\"}", SQUARE),
                "{\"type\":\"Feature\",\"id\":140821,\"properties\":null,\"geometry\":" + SQUARE + "}");
        DataErrors errors = new DataErrors();
        Parsed<CountyBoundary> read = read(text, errors);
        assertThat(errors.list()).isEmpty();
        assertThat(read.values()).extracting(b -> b.county().id()).containsExactly("140881", "140802", "140821");
        assertThat(read.records()).extracting(r -> r.line()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aMultiPolygonKeepsEachPartAndItsHoles() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[110,35],[111,35],[111,36],[110,36],[110,35]],[[110.2,35.2],[110.2,35.4],[110.4,35.4],[110.2,35.2]]],"
                + "[[[112,35],[112.5,35],[112.5,35.5],[112,35]]]]}";
        DataErrors errors = new DataErrors();
        CountyBoundary boundary = read(collection(feature("{\"adcode\":\"140826\"}", multi)), errors).values().get(0);
        assertThat(errors.list()).isEmpty();
        assertThat(boundary.polygons()).hasSize(2);
        assertThat(boundary.polygons().get(0).holes()).singleElement()
                .satisfies(h -> assertThat(h.points()).hasSize(3));
        assertThat(boundary.polygons().get(1).outer().points()).hasSize(3);
    }

    @Test
    void aMalformedFileIsOneLocatedError() {
        String broken = FILE.substring(0, FILE.indexOf("\"features\":[") + 200) + "}";
        assertThat(errors(broken)).singleElement().asString().matches("boundaries\\.geojson:4:\\d+ \\(features\\[0\\]\\S*\\): not valid JSON.*");
        assertThat(errors("")).singleElement().asString().startsWith("boundaries.geojson:1:1").contains("ends before");
        assertThat(errors("{\"type\":\"FeatureCollection\", features: []}")).singleElement().asString()
                .startsWith("boundaries.geojson:1:").contains("not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"Point\",\"coordinates\":[110,35]}|boundaries.geojson:2:71 (features[0].geometry.type): expected a \"Polygon\" or \"MultiPolygon\", found a \"Point\"",
        "{\"type\":\"Polygon\",\"coordinates\":[[[110,35],[111,35],[111,36],[110,36]]]}|boundaries.geojson:2:124 (features[0].geometry.coordinates[0][3]): the ring is not closed: its last position must repeat the first",
        "{\"type\":\"Polygon\",\"coordinates\":[[[110,35],[111,35],[110,35]]]}|boundaries.geojson:2:96 (features[0].geometry.coordinates[0]): a ring needs at least 4 positions (the last repeating the first), found 3",
        "{\"type\":\"Polygon\",\"coordinates\":[[[110,35],[111,95],[111,36],[110,35]]]}|boundaries.geojson:2:106 (features[0].geometry.coordinates[0][1]): expected longitude -180..180 and latitude -90..90 in degrees, found [111.0, 95.0]",
        "{\"type\":\"Polygon\",\"coordinates\":[[110,35],[111,35],[111,36],[110,35]]}|boundaries.geojson:2:95 (features[0].geometry.coordinates): expected an array of rings (arrays of positions)",
        "{\"type\":\"Polygon\",\"coordinates\":[[[110,\"35\"],[111,35],[111,36],[110,35]]]}|boundaries.geojson:2:102 (features[0].geometry.coordinates[0][0][1]): expected a number in a position, found a string",
        "null|boundaries.geojson:2:63 (features[0].geometry): the feature's geometry is null: a county needs an outline",
        "{\"type\":\"Polygon\",\"coordinates\":\"none\"}|boundaries.geojson:2:95 (features[0].geometry.coordinates): expected an array of coordinates, found a string",
        "{\"type\":7,\"coordinates\":[]}|boundaries.geojson:2:71 (features[0].geometry.type): expected \"Polygon\" or \"MultiPolygon\", found a number"})
    void aBadGeometryIsLocatedAtItsMember(String geometryAndError) {
        String[] parts = geometryAndError.split("\\|");
        assertThat(errors(collection(feature("{\"adcode\":\"140802\"}", parts[0])))).containsExactly(parts[1]);
    }

    @Test
    void aFeatureForNoCountyOrForACountyTwiceIsAnError() {
        assertThat(errors(collection(feature("{\"adcode\":\"140899\",\"name\":\"某县\"}", SQUARE))))
                .containsExactly("boundaries.geojson:2:1 (features[0]): no county of counties.csv has its code 140899, "
                        + "name \"某县\"");
        assertThat(errors(collection(feature("{\"adcode\":\"140802\",\"name\":\"临猗县\"}", SQUARE)))).singleElement()
                .asString().contains("are different counties");
        assertThat(errors(collection(feature("{\"name\":\"盐湖区\"}", SQUARE), feature("{\"adcode\":\"140802\"}", SQUARE))))
                .containsExactly("boundaries.geojson:3:1 (features[1]): a second boundary for county 140802 (the first is on line 2)");
        assertThat(errors(collection(feature("{}", SQUARE)))).singleElement().asString().contains("names no county");
    }

    @Test
    void notAFeatureCollectionIsAnError() {
        assertThat(errors(feature("{\"adcode\":\"140802\"}", SQUARE))).singleElement().asString()
                .startsWith("boundaries.geojson:1:1: expected a \"FeatureCollection\", found a \"Feature\"");
        assertThat(errors("{\"type\":[],\"features\":[]}")).singleElement().asString()
                .isEqualTo("boundaries.geojson:1:9 (type): expected \"FeatureCollection\", found an array");
        assertThat(errors("{\"type\":\"FeatureCollection\"}")).singleElement().asString()
                .endsWith("the FeatureCollection has no \"features\" array");
        assertThat(errors("[]")).singleElement().asString().startsWith("boundaries.geojson:1:1: expected a GeoJSON object");
    }

    @Test
    void anyDamageToTheFileGivesLocatedDataErrorsOnly() {
        byte[] original = FILE.getBytes(StandardCharsets.UTF_8);
        long seed = 20240118;
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 300; trial++) {
            byte[] damaged = random.nextBoolean() ? java.util.Arrays.copyOf(original, random.nextInt(original.length))
                    : original.clone();
            for (int flips = random.nextInt(4); flips > 0 && damaged.length > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) "[]{},:\"0-.e x".charAt(random.nextInt(13));
            }
            DataErrors errors = new DataErrors();
            BoundariesFile.read("boundaries.geojson", damaged, COUNTIES, errors);
            int t = trial;
            assertThat(errors.list()).as("seed %d trial %d", seed, t)
                    .allSatisfy(e -> assertThat(e.format()).startsWith("boundaries.geojson"));
        }
    }
}
