package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.TaskProgress;

/**
 * {@code task_progress.csv}, optional: how far a task of tasks.csv had come by a year or a date, in
 * percent, with the evidence; a task may have one row per date, the latest of which is shown.
 */
public final class TaskProgressFile {
    public static final String NAME = "task_progress.csv";
    public static final Schema SCHEMA = Schema.of(List.of("no", "date", "percent"), List.of("evidence", "source"));

    private TaskProgressFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<TaskProgress> read(String file, byte[] bytes, Optional<Charset> encoding, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, TaskProgressFile::progress, errors)
                .rejectDuplicates(p -> p.task() + " " + p.asOf(), "no", errors);
    }

    /** Reports every row whose task number tasks.csv does not have. */
    public static void checkTasks(Parsed<TaskProgress> progress, Set<Integer> tasks, DataErrors errors) {
        for (Lined<TaskProgress> row : progress.records()) {
            if (!tasks.contains(row.value().task())) {
                progress.error(row, "no", "no task " + row.value().task() + " in tasks.csv", errors);
            }
        }
    }

    private static Optional<TaskProgress> progress(Fields f) {
        int number = f.requiredInt("no");
        if (!f.hasErrors() && number < 1) {
            f.error("no", "task numbers start at 1, found " + number);
        }
        String date = f.requiredText("date");
        if (!date.isEmpty() && !TaskProgress.AS_OF.matcher(date).matches()) {
            f.error("date", "expected a year (2025) or a date (2025-06-30), found \"" + date + "\"");
        }
        double percent = f.requiredDouble("percent");
        if (!f.text("percent").isEmpty() && !f.hasErrors() && (percent < 0 || percent > 100)) {
            f.error("percent", "expected a percentage within 0–100, found " + f.text("percent"));
        }
        return f.hasErrors() ? Optional.empty()
                : Optional.of(new TaskProgress(number, date, percent, f.text("evidence"), f.text("source")));
    }

    /**
     * A task whose recorded progress falls from one date to a later one: suspicious (a typing slip,
     * or a task re-scoped), so a warning at the later row's percent, naming both records.
     */
    public static List<DataError> warnings(Parsed<TaskProgress> progress) {
        List<DataError> warnings = new ArrayList<>();
        List<Lined<TaskProgress>> ordered = new ArrayList<>(progress.records());
        ordered.sort(java.util.Comparator.comparing(Lined::value, TaskProgress.ORDER));
        for (int i = 1; i < ordered.size(); i++) {
            TaskProgress before = ordered.get(i - 1).value();
            TaskProgress after = ordered.get(i).value();
            if (before.task() == after.task() && after.percent() < before.percent()) {
                warnings.add(new DataError(progress.file(), ordered.get(i).line(), progress.columnNumber("percent"),
                        "percent", String.format(java.util.Locale.ROOT, "task %d falls from %s %% (%s) to %s %% (%s)",
                        after.task(), figure(before.percent()), before.asOf(), figure(after.percent()), after.asOf())));
            }
        }
        warnings.sort(java.util.Comparator.comparingLong(DataError::line));
        return warnings;
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
