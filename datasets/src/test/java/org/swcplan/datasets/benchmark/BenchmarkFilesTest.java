package org.swcplan.datasets.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.forecast.TimeSeries;

class BenchmarkFilesTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsSeriesInTheLongLayoutInOrderOfFirstAppearance() {
        List<TimeSeries> series = SeriesFile.read("s.csv", bytes("""
                "series_id","category","value","timestamp"
                "Y2","MICRO",5,"2001"
                "Y1","MACRO",1.5,"1990"
                "Y2","MICRO",6,"2002"
                "Y1","MACRO",2.5,"1991"
                """));
        assertThat(series).extracting(TimeSeries::id).containsExactly("Y2", "Y1");
        assertThat(series.get(1).values()).containsExactly(1.5, 2.5);
        assertThat(series.get(1).startYear()).isEqualTo(1990);
        assertThat(series.get(1).category()).isEqualTo("MACRO");
    }

    @Test
    void aGapInTheYearsOrABadValueIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> SeriesFile.read("s.csv", bytes("""
                series_id,value,timestamp
                Y1,1,1990
                Y1,x,1991
                Y1,3,1993
                """))).isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors())
                .extracting(Object::toString).containsExactly(
                        "s.csv:3:2 (value): expected a number, found \"x\"",
                        "s.csv:4:3 (timestamp): series Y1 jumps from 1990 to 1993 (years must be consecutive, each once)"));
    }

    @Test
    void readsSubmittedForecastsByMethodAndSeries() {
        Map<String, Map<String, double[]>> f = SubmittedForecastsFile.read("f.csv", bytes("""
                "series_id","method_id","forecast","horizon","timestamp","origin_timestamp"
                "Y1","NAIVE2",4,2,1989,1988
                "Y1","NAIVE2",3,1,1989,1988
                "Y1","THETA",5,1,1989,1988
                """));
        assertThat(f.keySet()).containsExactly("NAIVE2", "THETA");
        assertThat(f.get("NAIVE2").get("Y1")).containsExactly(3, 4);
    }

    @Test
    void missingHorizonsAreAnError() {
        assertThatThrownBy(() -> SubmittedForecastsFile.read("f.csv", bytes("""
                series_id,method_id,forecast,horizon
                Y1,A,3,1
                Y1,A,3,3
                """))).isInstanceOf(InvalidDataException.class).hasMessageContaining("f.csv");
    }
}
