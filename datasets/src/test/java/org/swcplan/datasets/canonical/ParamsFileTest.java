package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.params.CountyParameters;

class ParamsFileTest {
    private final DataErrors errors = new DataErrors();

    @Test
    void theRateCeilingIsReadAndDefaultsTo95PercentWhereAbsent() {
        var parsed = ParamsFile.read("params.csv", """
                code,name,value,source
                140802,max_rate_pct,92.5,county threshold study
                140827,effectiveness_k,0.35,
                """.getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.isEmpty()).isTrue();
        var parameters = ParamsFile.parameters(parsed);
        assertThat(parameters).extracting(CountyParameters::maxRatePct)
                .containsExactly(92.5, CountyParameters.DEFAULT_MAX_RATE_PCT);
        assertThat(CountyParameters.DEFAULT_MAX_RATE_PCT).isEqualTo(95);
    }

    @Test
    void aRateCeilingOfZeroOrAbove100IsRejected() {
        ParamsFile.read("params.csv", """
                code,name,value
                140802,max_rate_pct,0
                140821,max_rate_pct,101
                140822,max_rate_pct,100
                """.getBytes(StandardCharsets.UTF_8), KnownCounties.unchecked(), errors);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "params.csv:2:3 (value): the rate ceiling must be a percentage above 0 and at most 100, found 0",
                "params.csv:3:3 (value): the rate ceiling must be a percentage above 0 and at most 100, found 101");
    }
}
