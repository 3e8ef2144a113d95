package org.swcplan.reports.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Json;

/** The plan's commitments and its tasks, as CSV, JSON, Markdown or tables. */
public final class PlanOutput {
    public static final List<Column<Commitment>> COMMITMENT_COLUMNS = List.of(
            Column.text("id", "id", Commitment::id),
            Column.text("name_zh", "名称", Commitment::nameZh),
            Column.text("unit", "unit", Commitment::unit),
            Figures.column("target", "target", 2, Commitment::target),
            Figures.whole("deadline", "deadline", Commitment::deadline),
            Figures.column("progress", "progress", 2, Commitment::progress),
            Figures.whole("progress_year", "as of", Commitment::progressYear),
            Figures.column("remaining", "remaining", 2, Commitment::remaining),
            Figures.column("pace_needed_per_year", "pace/yr", 2, Commitment::pacePerYear),
            Column.text("status", "status", c -> c.status().key()),
            Column.text("source", "source", Commitment::source));

    public static final List<Column<Assignment>> TASK_COLUMNS = List.of(
            Figures.whole("no", "no", a -> a.task().number()),
            Column.text("role", "role", a -> a.role() == null ? "" : a.role().name().toLowerCase(Locale.ROOT)),
            Column.text("status", "status", a -> a.task().status().key()),
            Column.text("section_zh", "section", a -> a.task().sectionZh()),
            Column.text("task_zh", "task", a -> a.task().taskZh()),
            Column.text("lead_units", "lead", a -> String.join(PlanTask.UNIT_SEPARATOR, a.task().leadUnits())),
            Column.text("cooperating_units", "cooperating",
                    a -> String.join(PlanTask.UNIT_SEPARATOR, a.task().cooperatingUnits())));

    private PlanOutput() {
    }

    public static void commitments(List<Commitment> rows, String format, DataNote note, Writer out) throws IOException {
        switch (format) {
            case "csv" -> Column.writeCsv(COMMITMENT_COLUMNS, rows, out);
            case "json" -> {
                out.write("{\n  \"illustrative\": " + note.illustrative() + ",\n  \"commitments\": ");
                Column.writeJsonArray(COMMITMENT_COLUMNS, rows, "  ", out);
                out.write("\n}\n");
            }
            case "md" -> {
                Column.writeMarkdown(COMMITMENT_COLUMNS, rows, out);
                out.write("\n" + note.footer() + "\n");
            }
            default -> {
                out.write("The plan's quantitative commitments and their progress\n\n");
                Column.table(COMMITMENT_COLUMNS.subList(0, COMMITMENT_COLUMNS.size() - 1), rows).write(out);
                out.write("\npace/yr = remaining / years to the deadline; rates in %, their remaining and pace in points.\n"
                        + note.footer() + "\n");
            }
        }
        out.flush();
    }

    public static void tasks(List<Assignment> rows, String heading, String format, Writer out) throws IOException {
        switch (format) {
            case "csv" -> Column.writeCsv(TASK_COLUMNS, rows, out);
            case "json" -> {
                out.write("{\n  \"selection\": " + Json.string(heading) + ",\n  \"tasks\": ");
                Column.writeJsonArray(TASK_COLUMNS, rows, "  ", out);
                out.write("\n}\n");
            }
            case "md" -> Column.writeMarkdown(TASK_COLUMNS, rows, out);
            default -> {
                out.write(heading + ": " + rows.size() + " tasks\n\n");
                Column.table(List.of(TASK_COLUMNS.get(0), TASK_COLUMNS.get(1), TASK_COLUMNS.get(2), TASK_COLUMNS.get(4),
                        TASK_COLUMNS.get(5)), rows).write(out);
            }
        }
        out.flush();
    }
}
