package org.swcplan.model.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.swcplan.model.Checks;
import org.swcplan.model.Dataset;

/**
 * How far one of the plan's tasks had come by a year or a date, and what shows it.
 *
 * @param task     the task's number (tasks.csv no)
 * @param asOf     a year (2025) or a date (2025-06-30)
 * @param percent  done, 0–100 %
 * @param evidence what shows it (a document, an inspection, a ledger), possibly empty
 */
public record TaskProgress(int task, String asOf, double percent, String evidence, String source) {
    /** A year, or a year, month and day in ISO order. */
    public static final Pattern AS_OF = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))?");
    /** By task, then oldest first: a date within a year comes after the bare year. */
    public static final Comparator<TaskProgress> ORDER = Comparator.comparingInt(TaskProgress::task)
            .thenComparing(TaskProgress::asOf);

    public TaskProgress {
        if (task < 1) {
            throw new IllegalArgumentException("no must be >= 1, was " + task);
        }
        Objects.requireNonNull(asOf, "asOf");
        if (!AS_OF.matcher(asOf).matches()) {
            throw new IllegalArgumentException("date must be a year (2025) or a date (2025-06-30), was " + asOf);
        }
        Checks.within("percent", percent, 0, 100);
        evidence = evidence == null ? "" : evidence.strip();
        source = source == null ? "" : source.strip();
    }

    /** The year the progress was recorded in. */
    public int year() {
        return Integer.parseInt(asOf.substring(0, 4));
    }

    /** Whether the figure is invented for illustration. */
    public boolean illustrative() {
        return source.contains(Dataset.ILLUSTRATIVE);
    }

    /** The task's latest record, if it has one. */
    public static Optional<TaskProgress> latest(List<TaskProgress> progress, int task) {
        return progress.stream().filter(p -> p.task() == task).max(ORDER);
    }
}
