package org.swcplan.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
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

    @Test
    void csvMatchesItsGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        StatusCsv.write(standing(), out);
        Golden.assertMatches("status.csv", out.toString());
    }

    @Test
    void tableMatchesItsGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        StatusTable.write(standing(), NOTE, out);
        Golden.assertMatches("status.txt", out.toString());
    }

    @Test
    void jsonMatchesItsGoldenFile() throws Exception {
        StringWriter out = new StringWriter();
        StatusJson.write(standing(), NOTE, out);
        Golden.assertMatches("status.json", out.toString());
    }

    @Test
    void missingTreatmentFiguresAreEmptyInCsvAndNullInJson() throws Exception {
        StringWriter csv = new StringWriter();
        StatusCsv.write(standing(), csv);
        assertThat(csv.toString().lines().filter(l -> l.startsWith("140826"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith(",,"));
        StringWriter json = new StringWriter();
        StatusJson.write(standing(), NOTE, json);
        assertThat(json.toString()).contains("\"treatment_degree_pct\": null");
    }
}
