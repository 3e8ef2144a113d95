package org.swcplan.reports.result;

import java.util.Objects;
import org.swcplan.reports.Language;

/** A sentence for people, in English and in Chinese. */
public record Text(String en, String zh) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
