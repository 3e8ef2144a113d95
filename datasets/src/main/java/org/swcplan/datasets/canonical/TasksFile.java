package org.swcplan.datasets.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskStatus;

/** {@code tasks.csv}: the plan's key tasks; units within a cell are separated by 、 as in the plan. */
public final class TasksFile {
    public static final String NAME = "tasks.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("no", "section_zh", "task_zh", "lead_units"), List.of("cooperating_units", "status", "source"));

    private TasksFile() {
    }

    public static Parsed<PlanTask> read(String file, byte[] bytes, DataErrors errors) {
        return CsvRecords.read(file, bytes, SCHEMA, TasksFile::task, errors)
                .rejectDuplicates(PlanTask::number, "no", errors);
    }

    /**
     * Splits a cell of unit names. The separator inside "各县（市、区）" is part of a name, so only
     * separators outside full-width parentheses split.
     */
    public static List<String> units(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        StringBuilder current = new StringBuilder();
        List<String> units = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth == 0 && cell.startsWith(PlanTask.UNIT_SEPARATOR, i)) {
                units.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        units.add(current.toString().strip());
        return units.stream().filter(u -> !u.isEmpty()).toList();
    }

    private static Optional<PlanTask> task(Fields f) {
        int number = f.requiredInt("no");
        if (!f.hasErrors() && number < 1) {
            f.error("no", "task numbers start at 1, found " + number);
        }
        String section = f.requiredText("section_zh");
        String task = f.requiredText("task_zh");
        List<String> lead = units(f.requiredText("lead_units"));
        String statusText = f.text("status");
        TaskStatus status = statusText.isEmpty() ? TaskStatus.NOT_STARTED : f.choice("status", TaskStatus::fromKey);
        return f.hasErrors() ? Optional.empty() : Optional.of(new PlanTask(number, section, task, lead,
                units(f.text("cooperating_units")), status, f.text("source")));
    }
}
