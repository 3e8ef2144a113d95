package org.swcplan.datasets.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.csle.Csle;
import org.swcplan.model.csle.ErosionTally;
import org.swcplan.model.csle.ScenarioRule;
import org.swcplan.model.region.County;

class LandUnitStreamTest {
    private static final List<County> COUNTIES = DatasetReader.read(new BundledDataset()).dataset().counties();
    private static final String HEADER = "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t,landuse\n";

    private static LandUnitStream.Result run(String text, int threads, boolean lenient, List<ScenarioRule> rules)
            throws IOException {
        return LandUnitStream.run("u.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), COUNTIES,
                rules, new LandUnitStream.Options(threads, lenient, b -> { }));
    }

    @Test
    void unitsAreClassedAndSummedPerCounty() throws Exception {
        // 盐湖区 (index 0): A = 1000·0.04·1·1·B·1·1·100 = 4000·B t/(km²·a)
        String text = HEADER
                + "140802,0.5,1000,0.04,22.13,0,0.1,1,1,forest\n"   // S(0°)=0.03: A = 12 → slight
                + "140802,0.25,1000,0.04,22.13,5,1,1,1,cropland\n"  // S(5°)=0.9642: A = 3856.9 → moderate
                + "盐湖,0.25,1000,0.04,22.13,10,1,1,1,cropland\n"    // S(10°)=2.8446: A = 11378.5 → very intense
                + "140827,2,800,0.03,22.13,3,1,0.5,1,cropland\n";   // S(3°)=0.5952: A = 714.3 → slight
        LandUnitStream.Result r = run(text, 2, false, List.of());
        assertThat(r.units()).isEqualTo(4);
        ErosionTally t = r.baseline();
        assertThat(t.landKm2(0)).isCloseTo(1.0, within(1e-12));
        assertThat(t.erosion(0).moderateKm2()).isEqualTo(0.25);
        assertThat(t.erosion(0).veryIntenseKm2()).isEqualTo(0.25);
        assertThat(t.erosion(0).totalKm2()).isEqualTo(0.5);
        assertThat(t.erosion(7).totalKm2()).isZero();
        assertThat(t.landKm2(7)).isEqualTo(2);
    }

    @Test
    void scenarioRulesChangeTheFactorsOfTheUnitsTheySelect() throws Exception {
        String text = HEADER + "140829,1,1000,0.04,22.13,10,1,1,1,cropland\n140829,1,1000,0.04,22.13,10,1,1,1,forest\n";
        // level terraces on 5–25° cropland in 平陆县 (index 9): E = 0.084 → A = 11378.5 × 0.084 = 955.8 → slight
        ScenarioRule terraces = new ScenarioRule(9, "cropland", 5, 25, ScenarioRule.Factor.E, 0.084, "level terraces");
        LandUnitStream.Result r = run(text, 1, false, List.of(terraces));
        assertThat(r.baseline().erosion(9).totalKm2()).isEqualTo(2);
        assertThat(r.scenario().erosion(9).totalKm2()).isEqualTo(1);
    }

    @Test
    void aRuleOnAQuotedLandUseWithACommaActsAsTheSameRuleWithoutTheComma() throws Exception {
        String plain = HEADER + "140829,1,1000,0.04,22.13,10,1,1,1,slope cropland\n"
                + "140829,1,1000,0.04,22.13,10,1,1,1,forest\n";
        String quoted = HEADER + "140829,1,1000,0.04,22.13,10,1,1,1,\"slope, cropland\"\n"
                + "140829,1,1000,0.04,22.13,10,1,1,1,forest\n";
        ScenarioRule withoutComma = new ScenarioRule(9, "slope cropland", 5, 25, ScenarioRule.Factor.E, 0.084, "t");
        ScenarioRule withComma = new ScenarioRule(9, "slope, cropland", 5, 25, ScenarioRule.Factor.E, 0.084, "t");
        LandUnitStream.Result a = run(plain, 1, false, List.of(withoutComma));
        LandUnitStream.Result b = run(quoted, 1, false, List.of(withComma));
        assertThat(a.scenario().erosion(9).totalKm2()).isEqualTo(1);
        assertThat(b.scenario().erosion(9).totalKm2()).isEqualTo(a.scenario().erosion(9).totalKm2());
        assertThat(b.scenario().landKm2(9)).isEqualTo(a.scenario().landKm2(9));
        // the comma is part of the land use: the rule without it selects nothing there
        assertThat(run(quoted, 1, false, List.of(withoutComma)).scenario().erosion(9).totalKm2()).isEqualTo(2);
    }

    @Test
    void aQuotedFieldWithALineBreakIsReadWholeAndLinesStayPhysical() throws Exception {
        String text = HEADER + "140829,1,1000,0.04,22.13,10,1,1,1,\"crop\nland\"\n"
                + "140829,1,1000,0.04,22.13,10,1,1,1,forest\n"
                + "140829,-1,1000,0.04,22.13,10,1,1,1,forest\n";
        ScenarioRule rule = new ScenarioRule(9, "crop\nland", 5, 25, ScenarioRule.Factor.E, 0.084, "t");
        assertThatThrownBy(() -> run(text, 2, false, List.of(rule))).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::format)
                        .containsExactly("u.csv:5:2 (area_km2): must not be negative, found -1.0"));
        LandUnitStream.Result r = run(text.substring(0, text.lastIndexOf("140829,-1")), 2, false, List.of(rule));
        assertThat(r.units()).isEqualTo(2);
        assertThat(r.scenario().erosion(9).totalKm2()).isEqualTo(1);
    }

    @Test
    void badUnitsAreReportedWithLineAndColumn() {
        String text = HEADER
                + "140802,1,1000,0.04,22.13,5,1,1,1,x\n"
                + "140802,-1,1000,0.04,22.13,5,1,1,1,x\n"
                + "149999,1,1000,0.04,22.13,5,1,1,1,x\n"
                + "140802,1,1000,abc,22.13,5,1,1,1,x\n"
                + "140802,1,1000,0.04,22.13,5,1,1\n";
        assertThatThrownBy(() -> run(text, 2, false, List.of())).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::format).containsExactly(
                        "u.csv:3:2 (area_km2): must not be negative, found -1.0",
                        "u.csv:4:1 (county): unknown county \"149999\" (not in counties.csv)",
                        "u.csv:5:4 (k): expected a number, found \"abc\"",
                        "u.csv:6:9 (t): row has 8 fields, the header has 10 (missing field)"));
    }

    @Test
    void lenientRunsKeepEveryBadUnit() throws Exception {
        String text = HEADER + "140802,1,1000,0.04,22.13,5,1,1,1,x\n140802,-1,1000,0.04,22.13,5,1,1,1,x\n";
        LandUnitStream.Result r = run(text, 1, true, List.of());
        assertThat(r.units()).isEqualTo(1);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.cells()).containsExactly("140802", "-1", "1000", "0.04", "22.13", "5", "1", "1", "1", "x");
            assertThat(r.header()).startsWith("county", "area_km2");
        });
    }

    @Test
    void resultsDoNotDependOnThreadsBlocksOrCompression() throws Exception {
        // enough units to span several blocks
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder text = new StringBuilder(HEADER);
        double[] expected = new double[6];
        while (text.length() < 3 * LandUnitStream.BLOCK_BYTES) {
            double area = 0.001 + random.nextDouble() * 0.01;
            double slope = random.nextDouble() * 30;
            double b = random.nextDouble();
            String line = String.format(Locale.ROOT, "140823,%.6f,1500.00,0.0400,60.00,%.3f,%.4f,1,1,x%n", area, slope, b);
            text.append(line);
            double parsedArea = Double.parseDouble(line.split(",")[1]);
            double parsedSlope = Double.parseDouble(line.split(",")[5]);
            double parsedB = Double.parseDouble(line.split(",")[6]);
            double loss = Csle.soilLossTPerKm2A(1500, 0.04, Csle.slopeLengthFactor(60, parsedSlope),
                    Csle.slopeSteepnessFactor(parsedSlope), parsedB, 1, 1);
            expected[ErosionTally.classOf(loss, 1000)] += parsedArea;
        }
        LandUnitStream.Result one = run(text.toString(), 1, false, List.of());
        LandUnitStream.Result two = run(text.toString(), 2, false, List.of());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        LandUnitStream.Result zipped = LandUnitStream.run("u.csv.gz", new GZIPInputStream(new ByteArrayInputStream(
                gz.toByteArray())), COUNTIES, List.of(), new LandUnitStream.Options(2, false, b -> { }));
        for (LandUnitStream.Result r : List.of(two, zipped)) {
            assertThat(r.units()).isEqualTo(one.units());
            assertThat(r.baseline().erosion(3)).isEqualTo(one.baseline().erosion(3));
            assertThat(r.baseline().landKm2(3)).isEqualTo(one.baseline().landKm2(3));
        }
        assertThat(one.baseline().erosion(3).moderateKm2()).isCloseTo(expected[2], within(1e-9));
        assertThat(one.baseline().landKm2(3)).isCloseTo(Arrays.stream(expected).sum(), within(1e-9));
    }

    @Test
    void fastDecimalsEqualJavasParser() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            String text = String.format(Locale.ROOT, "%." + random.nextInt(0, 9) + "f",
                    random.nextDouble() * Math.pow(10, random.nextInt(-3, 7)));
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(FastDecimal.parse(bytes, 0, bytes.length)).as(text).isEqualTo(Double.parseDouble(text));
        }
        byte[] odd = "1.5e3".getBytes(StandardCharsets.US_ASCII);
        assertThat(FastDecimal.parse(odd, 0, odd.length)).isEqualTo(1500);
        byte[] bad = "1.2.3".getBytes(StandardCharsets.US_ASCII);
        assertThat(FastDecimal.parse(bad, 0, bad.length)).isNaN();
    }
}
