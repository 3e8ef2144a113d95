package org.swcplan.reports.report;

import java.util.List;
import java.util.OptionalDouble;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/**
 * Figures as running text writes them, in the report's language and style: 77.07% and
 * 140.82平方公里 in Chinese, 77.07 % and 140.82 km² in English; changes in words, probabilities
 * as whole percents, lists joined as the language joins them.
 */
final class Prose {
    private final Language lang;

    Prose(Language lang) {
        this.lang = lang;
    }

    String text(String key, Object... arguments) {
        return lang.text(key, arguments);
    }

    /** A percentage with two decimals: 77.07% / 77.07 %. */
    String pct(double value) {
        return lang.percent(Numbers.fixed(value, 2));
    }

    /** An area: 140.82平方公里 / 140.82 km². */
    String km2(double value) {
        return lang.text("prose.km2", figure(value, 2));
    }

    /**
     * A figure in running text: grouped in English (3,251.51), plain in Chinese (3251.51), as
     * official Chinese text writes it; a whole number without its zero decimals (8352平方公里).
     */
    private String figure(double value, int decimals) {
        String text = lang == Language.ZH ? Numbers.fixed(value, decimals) : Numbers.grouped(value, decimals);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    /** An amount of money given in 万元: 15,390万元 / CNY 153.90 million. */
    String money(double wan) {
        return lang == Language.ZH ? lang.text("prose.wan", figure(wan, 0))
                : lang.text("prose.wan", Numbers.grouped(wan / 100, 2));
    }

    /** Percentage points, unsigned: 0.42个百分点 / 0.42 percentage points. */
    String points(double value) {
        return lang.text("prose.points", Numbers.fixed(Math.abs(value), 2));
    }

    /** A change on the year before: 较上年提高0.42个百分点 / up 0.42 percentage points on the year before. */
    String change(OptionalDouble changePp) {
        if (changePp.isEmpty()) {
            return lang.text("prose.change.none");
        }
        double change = changePp.getAsDouble();
        String rounded = Numbers.fixed(Math.abs(change), 2);
        if (rounded.equals("0.00")) {
            return lang.text("prose.change.flat");
        }
        return lang.text(change > 0 ? "prose.change.up" : "prose.change.down", rounded);
    }

    /** A probability as a whole percent: 61%, 不足1%, 超过99% / 61 %, below 1 %, above 99 %. */
    String probability(double p) {
        String pct = Numbers.probabilityPct(p);
        if (pct.startsWith("<")) {
            return lang.text("prose.p.below", lang.percent(pct.substring(1)));
        }
        if (pct.startsWith(">")) {
            return lang.text("prose.p.above", lang.percent(pct.substring(1)));
        }
        return lang.percent(pct);
    }

    /** Items joined as the language lists them: 甲、乙和丙 / A, B and C. */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String separator = lang == Language.ZH ? "、" : ", ";
        return String.join(separator, items.subList(0, items.size() - 1)) + lang.text("prose.and")
                + items.get(items.size() - 1);
    }

    /** A year: 2024年 / 2024. */
    String year(int year) {
        return lang.text("prose.year", Integer.toString(year));
    }
}
