package org.swcplan.datasets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.TextDecoding;
import org.swcplan.datasets.units.LandUnitStream;
import org.swcplan.model.Dataset;

/** Cases found in review, each once wrong. */
class ReviewRegressionTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();

    @Test
    void aHeaderOnlyUnitFileEndsAtOnce() {
        for (String text : List.of("county,area_km2,r,k,slope_length_m,slope_deg,b,e,t\n",
                "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t")) {
            LandUnitStream.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LandUnitStream.run("u",
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BUNDLED.counties(), List.of(),
                    new LandUnitStream.Options(2, false, b -> { })));
            assertThat(r.units()).isZero();
        }
    }

    @Test
    void importingParamsKeepsEverySource() {
        byte[] existing = "code,name,value,source\n140802,effectiveness_k,0.42,survey 2020\n140821,effectiveness_k,0.38,x\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] update = "code,name,value,source\n140802,effectiveness_k,0.45,new survey\n".getBytes(StandardCharsets.UTF_8);
        Importer.Result r = Importer.run(Kinds.PARAMS, "u.csv", update, Optional.of(existing), BUNDLED, "params.csv",
                new Importer.Options(Optional.empty(), true, false));
        assertThat(r.canonical()).contains("140802,effectiveness_k,0.45,new survey").contains("140821,effectiveness_k,0.38,x");
    }

    @Test
    void aDecimalCommaIsRefusedNotMultiplied() {
        DataErrors errors = new DataErrors();
        Kinds.PLAN.read("p.csv", "code,year,measure,km2\n140802,2026,terrace,\"0,123\"\n".getBytes(StandardCharsets.UTF_8),
                Optional.empty(), KnownCounties.of(BUNDLED.counties()), errors);
        assertThat(errors.list()).singleElement().satisfies(e -> assertThat(e.format())
                .isEqualTo("p.csv:2:4 (km2): expected a number, found \"0,123\""));
    }

    @Test
    void anUndecodableByteInAMultiLineFieldRejectsItsRow() {
        byte[] bytes = "code,year,measure,km2,source\n140802,2026,terrace,1,\"line one\nline X\"\n140821,2026,terrace,2,ok\n"
                .getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 28] = (byte) 0xFF;
        DataErrors errors = new DataErrors();
        var parsed = Kinds.PLAN.read("p.csv", bytes, Optional.of(StandardCharsets.UTF_8),
                KnownCounties.of(BUNDLED.counties()), errors);
        assertThat(parsed.values()).hasSize(1);
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("physical line 3");
        });
    }

    @Test
    void gbkTextThatHappensToBeValidUtf8IsStillReadAsGbk() {
        byte[] gbk = "来源\n芦陆路站\n".getBytes(Charset.forName("GBK"));
        assertThat(TextDecoding.decode("f", gbk, Optional.empty()).text()).isEqualTo("来源\n芦陆路站\n");
    }
}
