package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;
import org.swcplan.model.treatment.Measure;

class TreatmentFileTest {
    private final DataErrors errors = new DataErrors();

    @Test
    void cumulativeTreatmentMustNotDecrease() {
        TreatmentFile.read("treatment.csv", """
                code,year,treated_terrace_km2,treated_cum_km2
                140802,2020,5,500
                140802,2022,5,490
                140802,2021,5,510
                140827,2021,5,100
                """.getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "treatment.csv:3:4 (treated_cum_km2): cumulative treated area falls from 510.00 km² (2021) "
                        + "to 490.00 km² (2022); it cannot decrease");
    }

    @Test
    void absentMeasuresAreZero() {
        var parsed = TreatmentFile.read("treatment.csv", "code,year,treated_closure_km2\n140802,2020,7.5\n"
                .getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(parsed.values().get(0).newTreatedKm2ByMeasure()).containsEntry(Measure.CLOSURE, 7.5)
                .containsEntry(Measure.TERRACE, 0.0);
    }

    @Test
    void upgradingIsReadApartFromNewTreatment() {
        var parsed = TreatmentFile.read("treatment.csv", ("code,year,treated_terrace_km2,upgraded_terrace_km2,"
                + "check_dams_new,check_dams_reinforced,check_dams_upgraded\n140802,2024,3,10,1,2,3\n")
                .getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.isEmpty()).isTrue();
        var row = parsed.values().get(0);
        assertThat(row.newTreatedKm2()).isEqualTo(3);
        assertThat(row.upgrading().upgradedKm2(Measure.TERRACE)).isEqualTo(10);
        assertThat(row.checkDamsNew()).isEqualTo(1);
        assertThat(row.upgrading().checkDamsReinforced()).isEqualTo(2);
        assertThat(row.upgrading().checkDamsUpgraded()).isEqualTo(3);
    }

    @Test
    void aSubunitsRowIsKeyedApartAndCarriesNoCumulativeArea() {
        TreatmentFile.read("treatment.csv", """
                code,year,treated_terrace_km2,treated_cum_km2,subunit
                140802,2024,5,500,
                140802,2024,1,,zone
                140802,2024,1,,zone
                140802,2023,1,300,zone
                """.getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "treatment.csv:4:1 (code): duplicate key 140802 2024 zone (first on line 3)",
                "treatment.csv:5:4 (treated_cum_km2): a sub-unit's row gives no cumulative area; the county's own "
                        + "row gives the county's");
    }

    @Test
    void aSubunitRowMustNameADeclaredSubunitOfItsCounty() {
        KnownCounties counties = KnownCounties.of(List.of(
                new County(new CountyCode("140802"), "盐湖区", "Yanhu District", CountyType.DISTRICT, new Tile(0, 0), 1000),
                new County(new CountyCode("140827"), "垣曲县", "Yuanqu County", CountyType.COUNTY, new Tile(0, 1), 1000)));
        var subunits = SubunitsFile.read("subunits.csv", "id,name_zh,parent\nzone,开发区,140802\n"
                .getBytes(StandardCharsets.UTF_8), java.util.Optional.empty(), counties, errors);
        var treatment = TreatmentFile.read("treatment.csv", """
                code,year,treated_terrace_km2,subunit
                140802,2024,1,zone
                140802,2023,1,开发区
                140827,2024,1,zone
                140827,2024,1,zon
                """.getBytes(StandardCharsets.UTF_8), counties.withSubunits(subunits.values()), errors);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "treatment.csv:4:4 (subunit): sub-unit zone lies in 140802, not in 140827",
                "treatment.csv:5:4 (subunit): unknown sub-unit \"zon\" (not in subunits.csv); did you mean zone?");
        // the Chinese name is read as the sub-unit it names
        assertThat(treatment.values()).extracting(r -> r.subunit()).containsExactly("zone", "zone");
    }
}
