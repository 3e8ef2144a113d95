package org.swcplan.reports.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.region.CountyCode;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/** The plan's commitments and its tasks as results. */
public final class PlanOutput {
    public static final String COMMITMENTS_SCHEMA = "swc.indicators/1";
    public static final String TASKS_SCHEMA = "swc.tasks/2";

    public static final List<Column<Commitment>> COMMITMENT_COLUMNS = List.of(
            Column.text("id", "id", Commitment::id),
            Column.text("name_zh", "Chinese name", Commitment::nameZh),
            Column.<Commitment>text("unit", "unit", Commitment::unit).priority(2),
            Figures.column("target", "target", 2, Commitment::target),
            Figures.whole("deadline", "deadline", Commitment::deadline),
            Figures.column("progress", "progress", 2, Commitment::progress),
            Figures.whole("progress_year", "as of", Commitment::progressYear).priority(1),
            Figures.column("remaining", "remaining", 2, Commitment::remaining),
            Figures.column("pace_needed_per_year", "pace/yr", 2, Commitment::pacePerYear),
            Column.code("status", "status", c -> c.status().key(), "commitment_status."),
            Column.text("source", "source", Commitment::source));

    public static final List<Column<Assignment>> TASK_COLUMNS = List.of(
            Figures.whole("no", "no", a -> a.task().number()),
            Column.<Assignment>text("origin", "origin", a -> a.task().origin().key())
                    .shownIn((a, language) -> TaskWords.origin(a.task(), language)).priority(2),
            Column.code("role", "role", a -> a.role() == null ? "" : a.role().name().toLowerCase(Locale.ROOT), "role."),
            Column.<Assignment>text("reach", "as", a -> a.reach() == null ? "" : a.reach().name().toLowerCase(Locale.ROOT))
                    .shownIn((a, language) -> TaskWords.reach(a.reach(), language)),
            Column.code("status", "status", a -> a.task().status().key(), "task_status."),
            Column.<Assignment>number("percent", "done %",
                    a -> a.progress().map(p -> Figures.format(p.percent(), 0)).orElse("")),
            Column.<Assignment>text("date", "as of", a -> a.progress().map(TaskProgress::asOf).orElse("")).priority(1),
            Column.<Assignment>text("section_zh", "section", a -> a.task().sectionZh()).priority(3),
            Column.text("task_zh", "task", a -> a.task().taskZh()),
            Column.<Assignment>text("lead_units", "lead", a -> String.join(PlanTask.UNIT_SEPARATOR, a.task().leadUnits()))
                    .priority(1),
            Column.<Assignment>text("cooperating_units", "cooperating",
                    a -> String.join(PlanTask.UNIT_SEPARATOR, a.task().cooperatingUnits())).priority(3),
            Column.<Assignment>text("evidence", "evidence", a -> a.progress().map(TaskProgress::evidence).orElse(""))
                    .priority(2));

    /** The Chinese unit of a commitment, in CSV and JSON after the columns above. */
    private static final Column<Commitment> UNIT_ZH = Column.text("unit_zh", "unit (Chinese)", Commitment::unitZh);

    /** A task's English texts (empty where the data has none), in CSV and JSON after the columns above. */
    private static final List<Column<Assignment>> TASK_ENGLISH_COLUMNS = List.of(
            Column.text("section_en", "section (English)", a -> a.task().section().en()),
            Column.text("task_en", "task (English)", a -> a.task().text().en()),
            Column.text("lead_units_en", "lead (English)", a -> PlanTask.joinUnits(a.task().leadUnitsEn(), true)),
            Column.text("cooperating_units_en", "cooperating (English)",
                    a -> PlanTask.joinUnits(a.task().cooperatingUnitsEn(), true)),
            Column.text("basis", "basis", a -> a.task().basis()),
            Column.text("counties", "counties", a -> a.task().counties().stream().map(CountyCode::id)
                    .collect(Collectors.joining(PlanTask.UNIT_SEPARATOR))),
            Column.flag("status_illustrative", "status illustrative", a -> a.task().statusIllustrative()),
            Column.text("progress_source", "progress source", a -> a.progress().map(TaskProgress::source).orElse("")));

    private PlanOutput() {
    }

    public static Result commitments(List<Commitment> rows, DataNote note) {
        Section<Commitment> section = Section.of("rows", Text.of("Commitments", "量化指标"), with(COMMITMENT_COLUMNS,
                List.of(UNIT_ZH)), rows).readAs(COMMITMENT_COLUMNS.subList(0, COMMITMENT_COLUMNS.size() - 1));
        return Result.of(COMMITMENTS_SCHEMA, Text.of("The plan's quantitative commitments and their progress",
                        "行动计划量化指标完成情况"), note, section)
                .withNotes(Text.of("pace/yr = remaining / years to the deadline; rates in %, their remaining and pace "
                                + "in points. Indicator progress in the bundled dataset is illustrative.",
                        "需年均进度 = 剩余量 / 距期限年数；比率以%计，其剩余量与年均进度以百分点计。内置数据集中的指标进展为示意数据。"));
    }

    /**
     * @param selection which tasks (all, a unit's, a status), in English and Chinese
     */
    public static Result tasks(List<Assignment> rows, Text selection, DataNote note) {
        Section<Assignment> section = Section.of("rows", selection, with(TASK_COLUMNS, TASK_ENGLISH_COLUMNS), rows)
                .readAs(TASK_COLUMNS);
        return Result.of(TASKS_SCHEMA, Text.of(selection.en() + ": " + rows.size() + " tasks",
                        selection.zh() + "：共" + rows.size() + "项"), note, section)
                .withParameters(Parameter.of("selection", selection.en()))
                .withNotes(TaskWords.notes(rows).toArray(Text[]::new));
    }

    private static <T> List<Column<T>> with(List<Column<T>> columns, List<Column<T>> more) {
        return Stream.concat(columns.stream(), more.stream()).toList();
    }
}
