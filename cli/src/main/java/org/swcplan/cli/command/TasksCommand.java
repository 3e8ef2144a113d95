package org.swcplan.cli.command;

import java.util.List;
import java.util.Optional;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskFilter;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.model.plan.Unit;
import org.swcplan.model.plan.UnitRegistry;
import org.swcplan.reports.Language;
import org.swcplan.reports.plan.PlanOutput;
import org.swcplan.reports.result.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code swc tasks}: the plan's key tasks, optionally those of one responsible unit, with their progress. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "The plan's key tasks (the annex's 38 and the responsibilities its body adds) with their lead "
                + "and cooperating units and recorded progress; --unit shows every task a unit leads or supports "
                + "(a county government also sees the tasks of every county, and those of the relevant counties "
                + "where the plan names it or names none).")
public final class TasksCommand extends ResultCommand {
    @Option(names = "--unit", paramLabel = "NAME",
            description = "A responsible unit the plan names, in Chinese or English, in full or by an unambiguous "
                    + "part (市水务局, 水务局, 夏县人民政府, Xia County People's Government).")
    String unit;

    @Option(names = "--status", paramLabel = "S", description = "not_started, in_progress or done.")
    String status;

    @Override
    public Integer call() throws Exception {
        TaskStatus wanted = parseStatus();
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        Unit asked = unit == null ? null : UsageError.from(spec, "--unit: ",
                () -> UnitRegistry.of(dataset.tasks(), dataset.counties(), dataset.city()).resolve(unit));
        List<PlanTask> tasks = dataset.tasks().stream().filter(t -> wanted == null || t.status() == wanted).toList();
        List<Assignment> rows = (asked == null ? tasks.stream().map(Assignment::unasked).toList()
                : TaskFilter.forUnit(tasks, asked)).stream().map(a -> a.withProgress(dataset.progress())).toList();
        Text selection = Text.of((asked == null ? "All tasks" : "Tasks of " + asked.name().in(true))
                        + (wanted == null ? "" : ", " + Language.EN.text("task_status." + wanted.key())),
                (asked == null ? "全部重点任务" : asked.zh() + "承担的重点任务") + (wanted == null ? ""
                        : "（" + Language.ZH.text("task_status." + wanted.key()) + "）"));
        Optional<Subunit> area = asked == null ? Optional.empty() : dataset.subunitRunBy(asked.zh());
        List<PlanOutput.SubunitYear> figures = area.map(z -> dataset.treatmentOfSubunit(z.id()).stream()
                .map(r -> new PlanOutput.SubunitYear(z, r)).toList()).orElse(List.of());
        List<PlanOutput.SubunitSupervision> supervision = area.map(z -> dataset.supervisionOfSubunit(z.id()).stream()
                .map(r -> new PlanOutput.SubunitSupervision(z, r)).toList()).orElse(List.of());
        emit(PlanOutput.tasks(rows, selection, figures, supervision, data.note(loaded)));
        return ExitCode.OK.code();
    }

    private TaskStatus parseStatus() {
        return UsageError.from(spec, "--status: ", () -> status == null ? null : TaskStatus.fromKey(status));
    }
}
