package org.swcplan.model.plan;

import java.util.Objects;

/**
 * A text of the plan as the plan gives it in Chinese, and in English (this project's translation,
 * not an official one), empty where none was given.
 */
public record Bilingual(String zh, String en) {
    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        en = en == null ? "" : en;
    }

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** A text with no English. */
    public static Bilingual chineseOnly(String zh) {
        return new Bilingual(zh, "");
    }

    public boolean translated() {
        return !en.isEmpty();
    }

    /** The English where there is one (else the Chinese), or the Chinese. */
    public String in(boolean english) {
        return english && translated() ? en : zh;
    }
}
