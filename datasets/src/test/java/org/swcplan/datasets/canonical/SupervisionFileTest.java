package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.supervision.SupervisionRecord;

class SupervisionFileTest {
    private static final String HEADER = "code,year,plans_approved,patches_found,patches_handled,compensation_fee_wan,"
            + "acceptance_filings,cases_opened,cases_closed,disturbed_area_km2,source\n";
    private final DataErrors errors = new DataErrors();

    private Parsed<SupervisionRecord> read(String text) {
        return SupervisionFile.read("supervision.csv", text.getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(),
                errors);
    }

    @Test
    void everyBadCellIsNamedByLineAndColumn() {
        read(HEADER + """
                140802,2024,50,40,38,580.2,30,5,4,14.03,ok
                140821,2024,-3,40,38,580.2,30,5,4,,x
                140822,2024,50,4.5,3,580.2,30,5,4,,x
                140823,2024,50,40,38,,30,5,4,,x
                140824,2024,50,40,38,100,30,5,4,-1,x
                140802,2024,50,40,38,580.2,30,5,4,14.03,again
                """);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "supervision.csv:3:3 (plans_approved): must not be negative, found -3",
                "supervision.csv:4:4 (patches_found): expected a whole number, found \"4.5\"",
                "supervision.csv:5:6 (compensation_fee_wan): a number is required",
                "supervision.csv:6:10 (disturbed_area_km2): must not be negative, found -1",
                "supervision.csv:7:1 (code): duplicate key 140802 2024 (first on line 2)");
    }

    @Test
    void anEmptyDisturbedAreaIsAbsentNotZero() {
        Parsed<SupervisionRecord> parsed = read(HEADER + "140802,2024,50,40,38,580.2,30,5,4,,ledger\n"
                + "140821,2024,50,40,38,580.2,30,5,4,0,ledger\n");
        assertThat(errors.isEmpty()).isTrue();
        assertThat(parsed.values().get(0).figures().disturbedAreaKm2()).isEmpty();
        assertThat(parsed.values().get(1).figures().disturbedAreaKm2()).hasValue(0.0);
    }

    @Test
    void chineseGbkHeadersWithUnitsMapToTheColumnsAndConvertHectares() {
        String text = "县区,年份,审批方案数,图斑数,查处图斑,补偿费(万元),验收报备数,立案数(件),结案数,扰动面积(公顷),来源\r\n"
                + "河津市,2024,46,65,53,621.31,27,9,9,2492,县水利局台账\r\n";
        Parsed<SupervisionRecord> parsed = SupervisionFile.read("sup.csv", text.getBytes(Charset.forName("GBK")),
                Optional.empty(), KnownCounties.of(java.util.List.of(new org.swcplan.model.region.County(
                        new org.swcplan.model.region.CountyCode("140882"), "河津市", "Hejin City",
                        org.swcplan.model.region.CountyType.COUNTY_LEVEL_CITY, new org.swcplan.model.region.Tile(0, 1),
                        1000))), errors);
        assertThat(errors.list()).isEmpty();
        SupervisionRecord r = parsed.values().get(0);
        assertThat(r.county().id()).isEqualTo("140882");
        assertThat(r.figures().patchesHandled()).isEqualTo(53);
        assertThat(r.figures().casesOpened()).isEqualTo(9);
        assertThat(r.figures().disturbedAreaKm2().getAsDouble()).isCloseTo(24.92, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.source()).isEqualTo("县水利局台账");
    }

    @Test
    void moreHandledThanFoundAndMoreClosedThanEverOpenedAreWarningsNotErrors() {
        Parsed<SupervisionRecord> parsed = read(HEADER + """
                140802,2023,50,40,42,580.2,30,5,3,,x
                140802,2024,50,40,38,580.2,30,2,5,,x
                140821,2023,50,40,38,580.2,30,2,1,,x
                140821,2024,50,40,38,580.2,30,2,3,,x
                """);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(SupervisionFile.warnings(parsed)).extracting(DataError::format).containsExactly(
                "supervision.csv:2:5 (patches_handled): 42 patches handled but only 40 found in 2023; right if patches "
                        + "of earlier years were dealt with",
                "supervision.csv:3:9 (cases_closed): 140802 closes 8 cases but opens only 7 over the years of the file; "
                        + "right only for cases opened before them");
    }
}
