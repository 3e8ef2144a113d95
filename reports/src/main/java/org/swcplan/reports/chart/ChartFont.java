package org.swcplan.reports.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.swcplan.reports.Language;

/**
 * The font charts are drawn in, and the language that font allows. Chinese labels need a font
 * that can display them ({@link Font#canDisplayUpTo}); where none is installed the charts fall
 * back to English labels, with a warning, rather than draw empty boxes.
 *
 * @param warning set when the requested language could not be honoured
 */
public record ChartFont(String family, Language language, Optional<String> warning) {
    /** Characters every Chinese label needs: names, rates, punctuation. */
    static final String SAMPLE = "水土保持率盐湖区垣曲县绛县芮城年目标（）：％";
    /** Families tried first, in order, before any other installed family that can display Chinese. */
    static final List<String> PREFERRED_CJK = List.of("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
            "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Droid Sans Fallback", "AR PL UMing CN");
    static final List<String> PREFERRED_LATIN = List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial");
    /** Java's logical sans-serif family, present everywhere. */
    static final String LOGICAL = Font.SANS_SERIF;

    /**
     * @param requested a family asked for by name ({@code --font}), or empty
     */
    public static ChartFont choose(Language wanted, Optional<String> requested) {
        List<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT)).sorted().toList();
        return choose(wanted, requested, installed, ChartFont::displaysChinese);
    }

    /**
     * The choice among {@code installed} families, {@code canShowChinese} telling which can draw
     * Chinese labels (the machine's fonts, or a test's).
     */
    static ChartFont choose(Language wanted, Optional<String> requested, List<String> installed,
                            Predicate<String> canShowChinese) {
        if (wanted == Language.EN) {
            return new ChartFont(requested.filter(installed::contains).orElse(firstOf(PREFERRED_LATIN, installed)),
                    Language.EN, Optional.empty());
        }
        if (requested.isPresent()) {
            if (installed.contains(requested.get()) && canShowChinese.test(requested.get())) {
                return new ChartFont(requested.get(), Language.ZH, Optional.empty());
            }
            return chinese(installed, canShowChinese).orElseGet(() -> englishFallback(installed, "font \""
                    + requested.get() + "\" cannot display Chinese and no other installed font can"));
        }
        return chinese(installed, canShowChinese).orElseGet(() -> englishFallback(installed,
                "no installed font can display Chinese"));
    }

    private static Optional<ChartFont> chinese(List<String> installed, Predicate<String> canShowChinese) {
        Optional<String> preferred = PREFERRED_CJK.stream().filter(installed::contains).filter(canShowChinese)
                .findFirst();
        Optional<String> any = preferred.isPresent() ? preferred
                : installed.stream().filter(f -> !f.equals(Font.DIALOG) && !f.equals(Font.DIALOG_INPUT)
                && !f.equals(Font.SANS_SERIF) && !f.equals(Font.SERIF) && !f.equals(Font.MONOSPACED))
                .filter(canShowChinese).findFirst();
        return any.map(f -> new ChartFont(f, Language.ZH, Optional.empty()));
    }

    private static ChartFont englishFallback(List<String> installed, String why) {
        return new ChartFont(firstOf(PREFERRED_LATIN, installed), Language.EN, Optional.of(why
                + "; charts use English labels (install a CJK font such as fonts-wqy-microhei, or name one with --font)"));
    }

    static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }

    private static String firstOf(List<String> preferred, List<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst().orElse(LOGICAL);
    }

    public Font font(int style, float size) {
        return new Font(family, style, 1).deriveFont(size);
    }
}
