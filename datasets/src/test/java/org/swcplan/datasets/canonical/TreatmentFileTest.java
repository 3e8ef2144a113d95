package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
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
}
