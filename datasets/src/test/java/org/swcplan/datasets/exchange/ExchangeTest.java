package org.swcplan.datasets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Headers;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.datasets.csv.TextDecoding;
import org.swcplan.datasets.csv.Values;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.canonical.ScenarioPlanFile;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.CountyCode;

class ExchangeTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();
    private static final KnownCounties COUNTIES = KnownCounties.of(BUNDLED.counties());

    static Stream<Arguments> templates() {
        return Kinds.all().stream().flatMap(k -> Stream.of(Exporter.HeaderLanguage.values())
                .map(h -> Arguments.of(Named.of(k.name(), k), h)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyTemplateReadsBackAsOneRecordInEitherHeaderLanguage(DataKind<?> kind, Exporter.HeaderLanguage headers) {
        DataErrors errors = new DataErrors();
        byte[] template = CanonicalCsv.template(kind, headers, Exporter.Encoding.UTF_8_BOM);
        List<?> records = kind.read("template.csv", template, Optional.empty(), COUNTIES, errors).values();
        assertThat(errors.list()).as(kind.name()).isEmpty();
        assertThat(records).hasSize(1);
    }

    @Test
    void cellsAsTypedInSpreadsheetsBecomeNumbers() {
        assertThat(Values.number("１，２３４．５")).isEqualTo("1234.5");
        assertThat(Values.number(" 1,203.53 ")).isEqualTo("1203.53");
        assertThat(Values.number("77.25%")).isEqualTo("77.25");
        assertThat(Values.number("1,5")).isEqualTo("1,5");
        assertThat(Values.number("0,123")).isEqualTo("0,123");
        assertThat(List.of("", " ", "-", "—", "－")).allMatch(Values::isMissing);
        assertThat(Values.isMissing("0")).isFalse();
        assertThat(Values.text("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(Values.text("'abc")).isEqualTo("'abc");
    }

    @Test
    void chineseHeadersWithUnitsMapToColumnsAndFactors() {
        var schema = MonitoringFile.SCHEMA;
        assertThat(Headers.resolve("国土面积（亩）", schema)).hasValueSatisfying(r -> {
            assertThat(r.column()).isEqualTo("land_area_km2");
            assertThat(r.factor()).isCloseTo(1 / 1500.0, within(1e-15));
        });
        assertThat(Headers.resolve("轻度(hm2)", schema)).hasValue(new Headers.Resolved("erosion_light_km2", 0.01));
        assertThat(Headers.resolve(" 年 份 ", schema)).hasValue(new Headers.Resolved("year", 1));
        assertThat(Headers.resolve("县（市、区）", schema)).hasValue(new Headers.Resolved("code", 1));
        assertThat(Headers.resolve("Erosion_Light_KM2", schema)).hasValue(new Headers.Resolved("erosion_light_km2", 1));
        assertThat(Headers.resolve("面积(万亩)", ScenarioPlanFile.SCHEMA)).hasValueSatisfying(r ->
                assertThat(r.factor()).isCloseTo(10_000 / 1500.0, within(1e-12)));
        assertThat(Headers.resolve("轻度(万元)", schema)).isEmpty();
        assertThat(Headers.resolve("轻度(%)", schema)).isEmpty();
        assertThat(Headers.resolve("水土保持率(%)", schema)).hasValue(new Headers.Resolved("swc_rate_reported_pct", 1));
        assertThat(Headers.resolve("面积(亩)", MonitoringFile.SCHEMA)).isEmpty();
    }

    @Test
    void countiesAreKnownByCodeNameShortNameAndPinyin() {
        for (String written : List.of("140802", "盐湖区", "盐湖", "Yanhu", "yanhu qu", "YanhuQu", "Yanhu District", "１４０８０２")) {
            assertThat(COUNTIES.resolve(written)).as(written).hasValue(new CountyCode("140802"));
        }
        assertThat(COUNTIES.resolve("绛县")).hasValue(new CountyCode("140826"));
        assertThat(COUNTIES.resolve("Xinjiang")).hasValue(new CountyCode("140825"));
        assertThat(COUNTIES.resolve("绛")).isEmpty();
        assertThat(COUNTIES.resolve("盐胡区")).isEmpty();
    }

    @Test
    void aNearMissIsAnErrorWithASuggestion() {
        DataErrors errors = new DataErrors();
        MonitoringFile.read("m.csv", ("县区,年份,国土面积,轻度,中度,强烈,极强烈,剧烈\n盐胡区,2025,1000,1,1,1,1,1\n")
                .getBytes(StandardCharsets.UTF_8), COUNTIES, errors);
        assertThat(errors.list()).singleElement().satisfies(e -> assertThat(e.format())
                .isEqualTo("m.csv:2:1 (code): unknown county \"盐胡区\"; did you mean 盐湖区?"));
    }

    @Test
    void gbkIsDetectedAndAStrayByteInUtf8IsAnErrorOnItsLine() {
        String text = "县区,年份\n盐湖区,2025\n";
        TextDecoding.Decoded gbk = TextDecoding.decode("f", text.getBytes(TextDecoding.GB18030), Optional.empty());
        assertThat(gbk.text()).isEqualTo(text);
        assertThat(gbk.charset()).isEqualTo(TextDecoding.GB18030);
        byte[] utf8 = "县区,年份,来源\n盐湖区,2025,县水利局\n临猗县,20X5,县水利局\n".getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 16] = (byte) 0xFF;
        TextDecoding.Decoded stray = TextDecoding.decode("f", utf8, Optional.empty());
        assertThat(stray.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(stray.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(2);
        });
    }

    @Test
    void formulaLikeTextIsNeutralisedButNumbersAreNot() {
        assertThat(Exporter.guard("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Exporter.guard("@cmd")).isEqualTo("'@cmd");
        assertThat(Exporter.guard("-abc")).isEqualTo("'-abc");
        assertThat(Exporter.guard("\tx")).isEqualTo("'\tx");
        assertThat(Exporter.guard("-0.37")).isEqualTo("-0.37");
        assertThat(Exporter.guard("+12")).isEqualTo("+12");
        assertThat(Exporter.guard("盐湖区")).isEqualTo("盐湖区");
    }

    @Test
    void gbkExportRefusesACharacterGbkCannotHold() {
        String csv = "code,source\r\n140802,ok\r\n140821,emoji \uD83D\uDE00\r\n";
        assertThatThrownBy(() -> Exporter.encode(csv, Exporter.Encoding.GBK, "out.csv"))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors().get(0).format())
                        .startsWith("out.csv:3:2: character").contains("cannot be written in GBK"));
    }

    @Test
    void exportsCarryABomAndCrlfAndChineseHeadersWhenAsked() {
        String text = CanonicalCsv.exported(Kinds.TARGETS, List.of(), Exporter.HeaderLanguage.ZH);
        byte[] bytes = Exporter.encode(text, Exporter.Encoding.UTF_8_BOM, "x");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).startsWith("范围,").endsWith("\r\n")
                .doesNotContain("scope");
    }

    @Test
    void aGbkFileWithChineseHeadersAndShortNamesReadsLikeTheCanonicalOne() {
        String gbk = "县区,年份,国土面积（平方公里）,轻度,中度,强烈,极强烈,剧烈\r\n盐湖,2025,\"1,203.53\",88.10,29.00,12.10,6.60,2.20\r\n";
        String canonical = "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,"
                + "erosion_very_intense_km2,erosion_severe_km2\n140802,2025,1203.53,88.10,29.00,12.10,6.60,2.20\n";
        DataErrors errors = new DataErrors();
        Parsed<AnnualRecord> a = Kinds.MONITORING.read("g", gbk.getBytes(TextDecoding.GB18030), Optional.empty(), COUNTIES,
                errors);
        Parsed<AnnualRecord> b = Kinds.MONITORING.read("c", canonical.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                COUNTIES, errors);
        assertThat(errors.isEmpty()).as(errors.list().toString()).isTrue();
        assertThat(a.values()).isEqualTo(b.values()).hasSize(1);
    }

    @Test
    void areasInMuAreConvertedToSquareKilometres() {
        String mu = "县区,年份,国土面积(亩),轻度(亩),中度,强烈,极强烈,剧烈\n夏县,2025,1500000,15000,1,1,1,1\n";
        DataErrors errors = new DataErrors();
        AnnualRecord r = Kinds.MONITORING.read("m", mu.getBytes(StandardCharsets.UTF_8), Optional.empty(), COUNTIES,
                errors).values().get(0);
        assertThat(r.landAreaKm2()).isCloseTo(1000, within(1e-9));
        assertThat(r.erosionByClass().lightKm2()).isCloseTo(10, within(1e-9));
        assertThat(r.erosionByClass().moderateKm2()).isEqualTo(1);
    }
}
