package org.swcplan.cli.command;

import java.util.List;
import org.swcplan.cli.ExitCode;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Text;
import org.swcplan.cli.UsageError;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskFilter;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.reports.plan.PlanOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code swc tasks}: the plan's key tasks, optionally those of one responsible unit. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "The plan's key tasks with their lead and cooperating units; --unit shows every task a unit "
                + "leads or supports (a county government also sees the tasks given to every county).")
public final class TasksCommand extends ResultCommand {
    @Option(names = "--unit", paramLabel = "NAME", description = "A responsible unit, in full or in part (e.g. 市水务局).")
    String unit;

    @Option(names = "--status", paramLabel = "S", description = "not_started, in_progress or done.")
    String status;

    @Override
    public Integer call() throws Exception {
        TaskStatus wanted = parseStatus();
        DatasetReader.Loaded loaded = load();
        List<PlanTask> tasks = loaded.dataset().tasks().stream()
                .filter(t -> wanted == null || t.status() == wanted).toList();
        List<Assignment> rows = unit == null ? tasks.stream().map(t -> new Assignment(t, null)).toList()
                : TaskFilter.forUnit(tasks, unit);
        Text selection = Text.of((unit == null ? "All tasks" : "Tasks of " + unit) + (wanted == null ? "" : ", " + wanted.key()),
                (unit == null ? "全部重点任务" : unit + "承担的重点任务") + (wanted == null ? ""
                        : "（" + Language.ZH.text("task_status." + wanted.key()) + "）"));
        emit(PlanOutput.tasks(rows, selection, data.note(loaded)));
        return ExitCode.OK.code();
    }

    private TaskStatus parseStatus() {
        return UsageError.from(spec, "--status: ", () -> status == null ? null : TaskStatus.fromKey(status));
    }
}
