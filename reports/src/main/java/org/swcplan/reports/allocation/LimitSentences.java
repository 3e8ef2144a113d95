package org.swcplan.reports.allocation;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.CountyShare;

/**
 * The sentences of a verdict that name the counties held at each limit, in one language: which
 * limits are named, in what order and when is decided here for both verdicts.
 *
 * @param atCapacity       the label of the counties whose BAU pace and extra fill their capacity
 * @param atCeiling        of those at their rate ceiling
 * @param atFloor          of those held at their 治理度 floor
 * @param shortOfFloor     of those short of it
 * @param allTreatedBy     the sentence where no county is short of it, for the deadline year
 * @param format           a sentence from a label and the counties' names ({@code %s: %s.})
 * @param none             the names where there are no counties
 * @param separator        between two names
 */
record LimitSentences(String atCapacity, String atCeiling, String atFloor, String shortOfFloor,
                      IntFunction<String> allTreatedBy, String format, String none, String separator) {
    String of(Allocation a) {
        StringBuilder text = new StringBuilder();
        text.append(sentence(atCapacity, a.atCapacity()));
        text.append(sentence(atCeiling, a.atCeiling()));
        text.append(sentence(atFloor, a.atTreatmentFloor()));
        if (a.deadline() > a.lastYear()) {
            List<CountyShare> behind = a.shortOfTreatmentFloor();
            text.append(behind.isEmpty() ? allTreatedBy.apply(a.deadline()) : sentence(shortOfFloor, behind));
        }
        return text.toString();
    }

    /** The counties' names, or {@link #none}. */
    String names(List<CountyShare> shares) {
        return shares.isEmpty() ? none : String.join(separator, shares.stream().map(CountyShare::nameZh).toList());
    }

    private String sentence(String label, List<CountyShare> shares) {
        return shares.isEmpty() ? "" : String.format(Locale.ROOT, format, label, names(shares));
    }
}
