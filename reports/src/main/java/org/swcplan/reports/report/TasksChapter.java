package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskOrigin;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.reports.Language;
import org.swcplan.reports.report.ReportDocument.Chapter;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/**
 * 四、重点任务推进情况: the plan's tasks by lead unit, with a count by status of the annex's tasks,
 * the responsibilities the body adds, and each task's latest recorded progress where the data has any;
 * then the supervision ledger of production and construction projects (the measured side of the
 * plan's supervision tasks).
 */
final class TasksChapter {
    private final Composition c;

    TasksChapter(Composition composition) {
        this.c = composition;
    }

    Chapter build() {
        Dataset dataset = c.in.dataset();
        List<PlanTask> tasks = dataset.tasks();
        Blocks blocks = c.blocks();
        if (tasks.isEmpty()) {
            blocks.paragraph(c.text("tasks.none"));
            new SupervisionSection(c).addTo(blocks);
            return blocks.chapter("tasks", c.text("chapter.tasks"));
        }
        List<PlanTask> annex = tasks.stream().filter(t -> t.origin() == TaskOrigin.ANNEX).toList();
        List<String> counts = new ArrayList<>();
        for (TaskStatus status : TaskStatus.values()) {
            long n = annex.stream().filter(t -> t.status() == status).count();
            if (n > 0) {
                counts.add(c.text("tasks.count", c.text("task_status." + status.key()), Long.toString(n)));
            }
        }
        if (!annex.isEmpty()) {
            blocks.paragraph(c.text("tasks.summary", Integer.toString(annex.size()),
                    String.join(c.text("prose.comma"), counts)));
        }
        List<PlanTask> body = tasks.stream().filter(t -> t.origin() == TaskOrigin.BODY).toList();
        if (!body.isEmpty()) {
            blocks.paragraph(c.text("tasks.body", Integer.toString(body.size()), body.stream()
                    .map(t -> Integer.toString(t.number())).collect(Collectors.joining(c.lang == Language.ZH ? "、" : ", "))));
        }
        long recorded = tasks.stream().filter(t -> latest(t).isPresent()).count();
        boolean progress = recorded > 0;
        if (progress) {
            blocks.paragraph(c.text("tasks.progress", Long.toString(recorded), c.prose.year(c.in.year())));
        }
        if (tasks.stream().anyMatch(PlanTask::statusIllustrative)
                || tasks.stream().anyMatch(t -> latest(t).filter(TaskProgress::illustrative).isPresent())) {
            blocks.paragraph(c.text("tasks.illustrative"));
        }
        Map<String, List<PlanTask>> byLead = new LinkedHashMap<>();
        for (PlanTask task : tasks) {
            for (String lead : task.leadUnits()) {
                byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(task);
            }
        }
        int group = 0;
        for (Map.Entry<String, List<PlanTask>> entry : byLead.entrySet()) {
            String lead = TaskTexts.unit(entry.getValue().get(0), entry.getKey(), c.lang);
            blocks.subheading("lead-" + ++group, c.text("tasks.lead", lead, Integer.toString(entry.getValue().size())));
            blocks.table(c.text("tasks.table", lead), progress
                    ? c.table(columnsWithProgress(), entry.getValue(), "task", "cooperating", "evidence")
                    : c.table(columns(), entry.getValue(), "task", "cooperating"));
        }
        new SupervisionSection(c).addTo(blocks);
        return blocks.chapter("tasks", c.text("chapter.tasks"));
    }

    private List<Column<PlanTask>> columns() {
        return List.<Column<PlanTask>>of(
                Figures.whole("no", c.text("col.task.no"), PlanTask::number),
                Column.text("task", c.text("col.task"), t -> TaskTexts.task(t, c.lang)),
                Column.text("cooperating", c.text("col.cooperating"), t -> TaskTexts.cooperating(t, c.lang)),
                Column.text("status", c.text("col.status"), t -> c.text("task_status." + t.status().key())))
                .stream().map(col -> col.zh(col.heading())).toList();
    }

    private List<Column<PlanTask>> columnsWithProgress() {
        List<Column<PlanTask>> columns = new ArrayList<>(columns());
        columns.add(Column.<PlanTask>number("percent", c.text("col.task.percent"),
                t -> latest(t).map(p -> Figures.format(p.percent(), 0)).orElse("")));
        columns.add(Column.<PlanTask>text("as_of", c.text("col.task.as_of"),
                t -> latest(t).map(TaskProgress::asOf).orElse("")));
        columns.add(Column.<PlanTask>text("evidence", c.text("col.task.evidence"),
                t -> latest(t).map(p -> TaskTexts.evidence(p, c.lang)).orElse("")));
        return columns.stream().map(col -> col.zh(col.heading())).toList();
    }

    /** The task's latest progress recorded by the end of the report's year. */
    private Optional<TaskProgress> latest(PlanTask task) {
        return c.in.dataset().progressOf(task.number(), c.in.year());
    }
}
