package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.reports.report.ReportDocument.Chapter;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/**
 * 四、重点任务推进情况: the plan's tasks by lead unit, with a count by status, then the supervision
 * ledger of production and construction projects (the measured side of the plan's supervision tasks).
 */
final class TasksChapter {
    private final Composition c;

    TasksChapter(Composition composition) {
        this.c = composition;
    }

    Chapter build() {
        List<PlanTask> tasks = c.in.dataset().tasks();
        Blocks blocks = c.blocks();
        if (tasks.isEmpty()) {
            blocks.paragraph(c.text("tasks.none"));
            new SupervisionSection(c).addTo(blocks);
            return blocks.chapter("tasks", c.text("chapter.tasks"));
        }
        List<String> counts = new ArrayList<>();
        for (TaskStatus status : TaskStatus.values()) {
            long n = tasks.stream().filter(t -> t.status() == status).count();
            if (n > 0) {
                counts.add(c.text("tasks.count", c.text("task_status." + status.key()), Long.toString(n)));
            }
        }
        blocks.paragraph(c.text("tasks.summary", Integer.toString(tasks.size()), String.join(c.text("prose.comma"), counts)));
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
            blocks.table(c.text("tasks.table", lead), c.table(columns(), entry.getValue(), "task", "cooperating"));
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
}
