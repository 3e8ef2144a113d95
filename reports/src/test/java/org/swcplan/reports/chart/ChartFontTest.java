package org.swcplan.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.reports.Language;

class ChartFontTest {
    @Test
    void withoutAnyChineseFontChartsFallBackToEnglishWithOneWarning() {
        ChartFont font = ChartFont.choose(Language.ZH, Optional.empty(), List.of("DejaVu Sans", "SansSerif"), f -> false);
        assertThat(font.language()).isEqualTo(Language.EN);
        assertThat(font.family()).isEqualTo("DejaVu Sans");
        assertThat(font.warning()).hasValueSatisfying(w -> assertThat(w).contains("English labels").contains("--font"));
    }

    @Test
    void aPreferredChineseFontIsChosenBeforeOthers() {
        List<String> installed = List.of("AAA Chinese", "DejaVu Sans", "WenQuanYi Micro Hei");
        ChartFont font = ChartFont.choose(Language.ZH, Optional.empty(), installed, f -> !f.equals("DejaVu Sans"));
        assertThat(font).isEqualTo(new ChartFont("WenQuanYi Micro Hei", Language.ZH, Optional.empty()));
    }

    @Test
    void anyInstalledFontThatShowsChineseWillDo() {
        ChartFont font = ChartFont.choose(Language.ZH, Optional.empty(), List.of("Obscure Hei", "Serif"), "Obscure Hei"::equals);
        assertThat(font.family()).isEqualTo("Obscure Hei");
        assertThat(font.language()).isEqualTo(Language.ZH);
    }

    @Test
    void aRequestedFontIsHonouredWhenItCanShowChinese() {
        List<String> installed = List.of("My Kai", "WenQuanYi Micro Hei");
        assertThat(ChartFont.choose(Language.ZH, Optional.of("My Kai"), installed, f -> true).family()).isEqualTo("My Kai");
        ChartFont other = ChartFont.choose(Language.ZH, Optional.of("Arial"), installed, f -> !f.equals("Arial"));
        assertThat(other.family()).isEqualTo("WenQuanYi Micro Hei");
    }

    @Test
    void englishNeedsNoChineseFont() {
        ChartFont font = ChartFont.choose(Language.EN, Optional.empty(), List.of("Liberation Sans"), f -> false);
        assertThat(font).isEqualTo(new ChartFont("Liberation Sans", Language.EN, Optional.empty()));
    }
}
