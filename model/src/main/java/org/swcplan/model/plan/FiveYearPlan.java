package org.swcplan.model.plan;

import java.util.Arrays;
import java.util.Optional;
import org.swcplan.model.Keyed;

/** The national five-year plan periods the action plan counts its indicators over (“十四五”期间 …). */
public enum FiveYearPlan implements Keyed {
    FOURTEENTH(2021, 2025), FIFTEENTH(2026, 2030), SIXTEENTH(2031, 2035);

    private final int first;
    private final int last;

    FiveYearPlan(int first, int last) {
        this.first = first;
        this.last = last;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** The period that runs exactly from {@code first} to {@code last}, if one does. */
    public static Optional<FiveYearPlan> spanning(int first, int last) {
        return Arrays.stream(values()).filter(p -> p.first == first && p.last == last).findFirst();
    }
}
