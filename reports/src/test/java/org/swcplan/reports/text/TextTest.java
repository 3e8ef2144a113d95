package org.swcplan.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.TextTable.Align;

class TextTest {
    @Test
    void chineseCharactersAndFullWidthPunctuationAreTwoColumnsWide() {
        assertThat(DisplayWidth.of("盐湖区")).isEqualTo(6);
        assertThat(DisplayWidth.of("各县（市、区）")).isEqualTo(14);
        assertThat(DisplayWidth.of("km²")).isEqualTo(3);
        assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);
    }

    @Test
    void tableAlignsMixedWidthText() throws Exception {
        StringWriter out = new StringWriter();
        new TextTable(List.of("名称", "rate"), List.of(Align.LEFT, Align.RIGHT))
                .row(List.of("绛县", "67.80")).row(List.of("盐湖区", "8.30")).rule().row(List.of("City", "77.07"))
                .write(out);
        assertThat(out.toString()).isEqualTo("""
                名称     rate
                ------  -----
                绛县    67.80
                盐湖区   8.30
                ------  -----
                City    77.07
                """);
    }

    @Test
    void numbersUseRootLocaleAndNeverShowNegativeZero() {
        assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(Numbers.fixed(1234.567, 2)).isEqualTo("1234.57");
        assertThat(Numbers.grouped(1234.567, 2)).isEqualTo("1,234.57");
        assertThat(Numbers.signed(OptionalDouble.of(0.004), 2)).isEqualTo("0.00");
        assertThat(Numbers.signed(OptionalDouble.of(0.42), 2)).isEqualTo("+0.42");
        assertThat(Numbers.signed(OptionalDouble.of(-0.42), 2)).isEqualTo("-0.42");
        assertThat(Numbers.fixed(OptionalDouble.empty(), 2)).isEmpty();
    }

    @Test
    void probabilitiesAreWholePercentsThatNeverClaimCertainty() {
        assertThat(Numbers.probabilityPct(0.614)).isEqualTo("61");
        assertThat(Numbers.probabilityPct(0.005)).isEqualTo("1");
        assertThat(Numbers.probabilityPct(0.0049)).isEqualTo("<1");
        assertThat(Numbers.probabilityPct(0)).isEqualTo("<1");
        assertThat(Numbers.probabilityPct(0.9949)).isEqualTo("99");
        assertThat(Numbers.probabilityPct(0.995)).isEqualTo(">99");
        assertThat(Numbers.probabilityPct(1)).isEqualTo(">99");
        assertThat(Numbers.probabilityPct(Double.NaN)).isEmpty();
        assertThat(Language.ZH.percent("61")).isEqualTo("61%");
        assertThat(Language.EN.percent("<1")).isEqualTo("<1 %");
        assertThat(Language.EN.percent("")).isEmpty();
        assertThat(Numbers.sharePct(0.66)).isEqualTo("66");
        assertThat(Numbers.sharePct(0.725)).isEqualTo("72.5");
        assertThat(Numbers.sharePct(1)).isEqualTo("100");
    }

    @Test
    void everyDataQualityNoteHasChineseWordsWithoutEnglish() {
        for (org.swcplan.model.quality.QualityNote.Kind kind : org.swcplan.model.quality.QualityNote.Kind.values()) {
            String zh = Language.ZH.text(kind.key(), "1", "2", "3", "4", "5", "6", "7");
            assertThat(zh).as(kind.name()).doesNotContainPattern("[A-Za-z]{3,}");
        }
    }
}
