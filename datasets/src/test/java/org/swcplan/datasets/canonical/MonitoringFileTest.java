package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;

class MonitoringFileTest {
    private static final String HEADER = "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,"
            + "erosion_intense_km2,erosion_very_intense_km2,erosion_severe_km2,erosion_wind_km2,source\n";
    private static final KnownCounties KNOWN = KnownCounties.of(List.of(
            new County(new CountyCode("140802"), "盐湖区", "Yanhu District", CountyType.DISTRICT, new Tile(2, 2), 1000),
            new County(new CountyCode("140827"), "垣曲县", "Yuanqu County", CountyType.COUNTY, new Tile(2, 4), 1000)));

    private final DataErrors errors = new DataErrors();

    private Parsed<AnnualRecord> read(String body) {
        return MonitoringFile.read("monitoring.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8), KNOWN, errors);
    }

    private List<String> messages() {
        return errors.list().stream().map(DataError::format).toList();
    }

    @Test
    void readsAValidRow() {
        Parsed<AnnualRecord> parsed = read("140802,2024,1203.53,89.89,29.61,12.33,6.73,2.26,,illustrative\n");
        assertThat(errors.isEmpty()).isTrue();
        AnnualRecord r = parsed.values().get(0);
        assertThat(r.erosionKm2()).isEqualTo(89.89 + 29.61 + 12.33 + 6.73 + 2.26);
        assertThat(r.source()).isEqualTo("illustrative");
    }

    @Test
    void everyFaultIsReportedWithItsLineAndColumn() {
        read("""
                140802,2018,1000,n/a,1,1,1,1,0,x
                140802,2019,100,90,10,1,0,0,0,x
                140803,2020,1000,1,1,1,1,1,0,x
                140802,2021,1000,1,-5,1,1,1,0,x
                140802,1850,1000,1,1,1,1,1,0,x
                140802,2022,1000,1,1,1,1,1,0
                140827,2022,1000,1,1,1,1,1,0,x,extra
                140802,2023,1000,1,1,1,1,1,0,x
                140802,2023,1000,2,1,1,1,1,0,x
                140827,2024,1000,,1,1,1,1,0,x
                """);
        assertThat(messages()).containsExactly(
                "monitoring.csv:2:4 (erosion_light_km2): expected a number, found \"n/a\"",
                "monitoring.csv:3:3 (land_area_km2): erosion area 101.00 km² is larger than the land area 100.00 km²",
                "monitoring.csv:4:1 (code): unknown county code 140803 (not in counties.csv); did you mean 140802?",
                "monitoring.csv:5:5 (erosion_moderate_km2): must not be negative, found -5",
                "monitoring.csv:6:2 (year): year must be within 1949–2100, found 1850",
                "monitoring.csv:7:10 (source): row has 9 fields, the header has 10 (missing field)",
                "monitoring.csv:8:11: row has 11 fields, the header has 10 (extra field)",
                "monitoring.csv:10:1 (code): duplicate key 140802 2023 (first on line 9)",
                "monitoring.csv:11:4 (erosion_light_km2): a number is required");
    }

    @Test
    void missingAndMisspelledColumnsAreReportedOnTheHeaderLine() {
        MonitoringFile.read("monitoring.csv", "code,year,land_area_km2,erosion_ligth_km2\n140802,2024,1,0\n"
                .getBytes(StandardCharsets.UTF_8), KNOWN, errors);
        assertThat(messages()).contains(
                "monitoring.csv:1:4 (erosion_ligth_km2): unknown column (did you mean erosion_light_km2?)",
                "monitoring.csv:1:5 (erosion_severe_km2): missing required column");
    }

    @Test
    void columnOrderIsFree() {
        Parsed<AnnualRecord> parsed = MonitoringFile.read("m.csv", ("year,code,erosion_severe_km2,erosion_very_intense_km2,"
                + "erosion_intense_km2,erosion_moderate_km2,erosion_light_km2,land_area_km2\n2024,140802,1,2,3,4,5,100\n")
                .getBytes(StandardCharsets.UTF_8), KNOWN, errors);
        assertThat(messages()).isEmpty();
        assertThat(parsed.values().get(0).erosionByClass().lightKm2()).isEqualTo(5);
        assertThat(parsed.values().get(0).swcRatePct()).isEqualTo(85);
    }
}
