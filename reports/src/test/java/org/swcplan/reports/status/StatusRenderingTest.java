package org.swcplan.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Golden;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.text.DisplayWidth;

class StatusRenderingTest {
    private static final CountyCode YANHU = new CountyCode("140802");
    private static final CountyCode JIANG = new CountyCode("140826");
    private static final DataNote NOTE = new DataNote("test folder", true);

    /** Two counties, one with a two-character name, one without a baseline (empty treatment cells). */
    private static Standing standing() {
        Dataset dataset = new Dataset(
                List.of(new County(YANHU, "盐湖区", "Yanhu District", CountyType.DISTRICT, new Tile(2, 2), 1000),
                        new County(JIANG, "绛县", "Jiang County", CountyType.COUNTY, new Tile(1, 4), 1000)),
                List.of(record(YANHU, 2023, 1203.53, 91.0), record(YANHU, 2024, 1203.53, 89.89),
                        record(JIANG, 2023, 986.15, 170.2), record(JIANG, 2024, 986.15, 161.23)),
                List.of(), List.of(new Baseline(YANHU, 290.9, 2023, 250, "")),
                List.of(), List.of(), List.of(), List.of());
        return StandingAnalysis.of(dataset, 2024);
    }

    private static AnnualRecord record(CountyCode code, int year, double land, double light) {
        return new AnnualRecord(code, year, land, new ErosionByClass(light, light / 3, light / 7, light / 13, 1),
                0, OptionalDouble.empty(), DataStatus.ESTIMATED, "illustrative");
    }

    private static String render(Format format, Language headers, int width) throws Exception {
        StringWriter out = new StringWriter();
        Renderers.render(StatusResult.of(standing(), NOTE), format, new RenderOptions(headers, width, "\n"), out);
        return out.toString();
    }

    @ParameterizedTest(name = "{1} with {2} headings matches {0}")
    @CsvSource({"status.csv, CSV, EN", "status.txt, TABLE, EN", "status-zh.txt, TABLE, ZH", "status.json, JSON, EN",
        "status.md, MD, EN"})
    void everyFormatMatchesItsGoldenFile(String golden, Format format, Language headers) throws Exception {
        Golden.assertMatches(golden, render(format, headers, 0));
    }

    @Test
    void missingTreatmentFiguresAreEmptyInCsvAndNullInJson() throws Exception {
        assertThat(render(Format.CSV, Language.EN, 0).lines().filter(l -> l.startsWith("140826"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith(",,,county"));
        assertThat(render(Format.JSON, Language.EN, 0)).contains("\"treatment_degree_pct\": null");
    }

    @Test
    void aNarrowTerminalGetsNoLineWiderThanItself() throws Exception {
        for (Language language : Language.values()) {
            String table = render(Format.TABLE, language, 80);
            assertThat(table.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(80));
            assertThat(table).contains("盐湖区");
        }
        assertThat(render(Format.TABLE, Language.EN, 80)).contains("Not shown at this width");
    }
}
