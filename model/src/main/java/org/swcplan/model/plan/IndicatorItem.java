package org.swcplan.model.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/**
 * One named item an indicator is made of: a watershed, a pilot county, a demonstration zone, a
 * corridor, a plan document or a platform to deliver.
 *
 * @param county    the county it lies in, or empty for the city's own items (the city plan …)
 * @param completed when it was done: a year ({@code 2024}) or a date ({@code 2024-06-30}); empty
 *                  while it is not done
 * @param evidence  what shows it is done (an acceptance document, a file number, a link)
 */
public record IndicatorItem(String id, String indicator, Optional<CountyCode> county, String nameZh, String nameEn,
                            ItemStatus status, Optional<String> completed, String evidence, String source) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public IndicatorItem {
        Checks.nonBlank("item", id);
        Checks.nonBlank("indicator", indicator);
        Objects.requireNonNull(county, "county");
        Checks.nonBlank("name_zh", nameZh);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(completed, "completed");
        completed.ifPresent(IndicatorItem::completedYear);
        if (completed.isPresent() && status != ItemStatus.DONE) {
            throw new IllegalArgumentException("completed is given but the status is " + status.key());
        }
        nameEn = nameEn == null ? "" : nameEn;
        evidence = evidence == null ? "" : evidence;
        source = source == null ? "" : source;
    }

    /** The year an item was completed, or empty while it is not done or its date is not known. */
    public OptionalInt completedYear() {
        return completed.map(c -> OptionalInt.of(completedYear(c))).orElse(OptionalInt.empty());
    }

    /** The item as it stood at the end of {@code year}: one completed later was still in progress then. */
    public IndicatorItem asOf(int year) {
        OptionalInt when = completedYear();
        return when.isPresent() && when.getAsInt() > year
                ? new IndicatorItem(id, indicator, county, nameZh, nameEn, ItemStatus.IN_PROGRESS, Optional.empty(),
                        evidence, source)
                : this;
    }

    public boolean done() {
        return status == ItemStatus.DONE;
    }

    /**
     * @throws IllegalArgumentException unless {@code text} is a year or an ISO date (2024, 2024-06, 2024-06-30)
     */
    public static int completedYear(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("completed must be a year or a date such as 2024-06-30, was " + text);
        }
        int year = Integer.parseInt(m.group(1));
        Checks.year("completed", year);
        return year;
    }
}
