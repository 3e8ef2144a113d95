package org.swcplan.reports.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.model.region.CountyCode;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
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
            Column.<Commitment>text("unit", "unit", Commitment::unit)
                    .shownIn((c, lang) -> lang == Language.ZH ? c.unitZh() : c.unit()).priority(2),
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

    /** The counting period and where progress comes from, in CSV and JSON after the unit. */
    private static final List<Column<Commitment>> PERIOD_COLUMNS = List.of(
            Figures.whole("count_from", "from", Commitment::countFrom),
            Column.code("five_year_plan", "period", c -> c.fiveYearPlan().map(p -> p.key()).orElse(""),
                    "five_year_plan."),
            Figures.whole("years_left", "years left", Commitment::yearsLeft),
            Column.code("progress_basis", "counted from", c -> c.basis().key(), "progress_basis."),
            Figures.column("reported_progress", "reported", 2, c -> c.reported().orElse(Double.NaN)));

    /** What a table shows of a commitment: the contract's columns with the counting start beside the deadline. */
    private static final List<Column<Commitment>> COMMITMENT_READING = List.of(
            COMMITMENT_COLUMNS.get(0), COMMITMENT_COLUMNS.get(1), COMMITMENT_COLUMNS.get(2), COMMITMENT_COLUMNS.get(3),
            PERIOD_COLUMNS.get(0).priority(1), COMMITMENT_COLUMNS.get(4), COMMITMENT_COLUMNS.get(5),
            PERIOD_COLUMNS.get(3).priority(2), COMMITMENT_COLUMNS.get(6), COMMITMENT_COLUMNS.get(7),
            COMMITMENT_COLUMNS.get(8), COMMITMENT_COLUMNS.get(9), PERIOD_COLUMNS.get(4).priority(3));

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

    /**
     * The commitments, then their named items in a section of their own.
     *
     * @param dataset where the items' counties are named
     */
    public static Result commitments(List<Commitment> rows, Dataset dataset, DataNote note) {
        List<ItemRow> items = ItemRow.of(rows, dataset);
        List<Column<Commitment>> columns = Stream.of(COMMITMENT_COLUMNS, List.of(UNIT_ZH), PERIOD_COLUMNS)
                .flatMap(List::stream).toList();
        Section<Commitment> section = Section.of("rows", Text.of("Commitments", "量化指标"), columns, rows)
                .readAs(COMMITMENT_READING);
        Section<ItemRow> named = Section.of("items", Text.of("Named items", "具体事项"), ITEM_COLUMNS, items)
                .readAs(ITEM_READING);
        return Result.of(COMMITMENTS_SCHEMA, Text.of("The plan's quantitative commitments and their progress",
                        "行动计划量化指标完成情况"), note, section, named)
                .withNotes(Text.of("Each indicator counts from its first year (from): the 14th Five-Year Plan items "
                                + "from 2021, the 15th's from 2026. Progress is counted from the treatment ledger where "
                                + "the indicator names a ledger figure (terraces upgraded, check dams built), up to "
                                + "the latest year every county has reported; else from the named items done where "
                                + "the data lists them; else as reported; "
                                + "\"reported\" is the reported figure beside a counted one. pace/yr = remaining / "
                                + "years left, from the later of the year after the progress year and the first "
                                + "year. Rates in %, their remaining and pace in points. Indicator progress and item "
                                + "statuses in the bundled dataset are illustrative.",
                        "各指标自起算年份起计：“十四五”事项自2021年起，“十五五”事项自2026年起。指定台账科目的指标（老旧梯田提升改造、"
                                + "新建淤地坝）按治理台账合计至各县均已报送的最近年份，列有具体事项的指标按已完成事项计数，其余按上报数；"
                                + "“上报进展”为与台账合计并列的上报数。需年均进度 = 剩余量 / 剩余年数（自进展年份次年与起算年份二者较晚者起算）。"
                                + "比率以%计，其剩余量与年均进度以百分点计。内置数据集中的指标进展和事项状态为示意数据。"));
    }

    /** A named item of an indicator with the names of its county (empty for the city's own items). */
    public record ItemRow(IndicatorItem item, String countyZh, String countyEn, String indicatorZh, String indicatorEn) {
        /** Every named item of the commitments, in their order, with its county's names from {@code dataset}. */
        public static List<ItemRow> of(List<Commitment> commitments, Dataset dataset) {
            return commitments.stream().flatMap(c -> c.items().stream().map(item -> {
                Optional<County> county = item.county().flatMap(dataset::county);
                return new ItemRow(item, county.map(County::nameZh).orElse(""), county.map(County::nameEn).orElse(""),
                        c.nameZh(), c.nameEn());
            })).toList();
        }
    }

    private static final List<Column<ItemRow>> ITEM_COLUMNS = List.of(
            Column.text("item", "item", r -> r.item().id()),
            Column.<ItemRow>text("indicator", "indicator", r -> r.item().indicator())
                    .shownIn((r, lang) -> lang == Language.ZH ? r.indicatorZh() : r.item().indicator()),
            Column.text("code", "code", r -> r.item().county().map(c -> c.id()).orElse("")),
            Column.<ItemRow>text("county", "county", ItemRow::countyZh)
                    .shownIn((r, lang) -> lang.nameOrChinese(r.countyZh(), r.countyEn())),
            Column.<ItemRow>text("name_zh", "name", r -> r.item().nameZh())
                    .shownIn((r, lang) -> lang.nameOrChinese(r.item().nameZh(), r.item().nameEn())),
            Column.text("name_en", "name (English)", r -> r.item().nameEn()),
            Column.code("status", "status", r -> r.item().status().key(), "item_status."),
            Column.text("completed", "completed", r -> r.item().completed().orElse("")),
            Column.text("evidence", "evidence", r -> r.item().evidence()),
            Column.text("source", "source", r -> r.item().source()));

    private static final List<Column<ItemRow>> ITEM_READING = List.of(ITEM_COLUMNS.get(1),
            ITEM_COLUMNS.get(3).priority(1), ITEM_COLUMNS.get(4), ITEM_COLUMNS.get(6), ITEM_COLUMNS.get(7),
            ITEM_COLUMNS.get(8).priority(2));

    /**
     * @param selection which tasks (all, a unit's, a status), in English and Chinese
     */
    public static Result tasks(List<Assignment> rows, Text selection, DataNote note) {
        return tasks(rows, selection, List.of(), List.of(), note);
    }

    /**
     * @param unitFigures     the treatment ledger's rows of the reporting sub-unit the asked unit runs
     *                        (运城开发区 for 运城开发区管委会), which its county's figures include; empty for
     *                        every other unit
     * @param unitSupervision the supervision ledger's rows of that sub-unit, likewise
     */
    public static Result tasks(List<Assignment> rows, Text selection, List<SubunitYear> unitFigures,
                               List<SubunitSupervision> unitSupervision, DataNote note) {
        Section<Assignment> section = Section.of("rows", selection, with(TASK_COLUMNS, TASK_ENGLISH_COLUMNS), rows)
                .readAs(TASK_COLUMNS);
        Section<SubunitYear> figures = Section.of("unit_figures", Text.of(
                "Treatment ledger of the unit's own area (included in its county's figures)",
                "本单位辖区治理台账（已计入所在县）"), SUBUNIT_COLUMNS, unitFigures);
        Section<SubunitSupervision> supervision = Section.of("unit_supervision", Text.of(
                "Supervision ledger of the unit's own area (included in its county's figures)",
                "本单位辖区监督管理台账（已计入所在县）"), SUBUNIT_SUPERVISION_COLUMNS, unitSupervision);
        return Result.of(TASKS_SCHEMA, Text.of(selection.en() + ": " + rows.size() + " tasks",
                        selection.zh() + "：共" + rows.size() + "项"), note, section, figures, supervision)
                .withParameters(Parameter.of("selection", selection.en()))
                .withNotes(TaskWords.notes(rows).toArray(Text[]::new));
    }

    /** One year of a reporting sub-unit's own row in the treatment ledger. */
    public record SubunitYear(Subunit subunit, TreatmentRecord record) {
    }

    private static final List<Column<SubunitYear>> SUBUNIT_COLUMNS = List.of(
            Column.<SubunitYear>text("subunit", "area", r -> r.subunit().nameZh())
                    .shownIn((r, lang) -> lang.nameOrChinese(r.subunit().nameZh(), r.subunit().nameEn())),
            Column.text("parent", "within", r -> r.subunit().parent().id()),
            Figures.whole("year", "year", r -> r.record().year()),
            Figures.column("new_treated_km2", "new km²", 2, r -> r.record().newTreatedKm2()),
            Figures.column("upgraded_km2", "upgraded km²", 2, r -> r.record().upgrading().upgradedKm2()),
            Figures.whole("check_dams_new", "dams", r -> r.record().checkDamsNew()),
            Figures.column("investment_wan", "investment (wan)", 2, r -> r.record().investmentWan()),
            Column.text("source", "source", r -> r.record().source()));

    /** One year of a reporting sub-unit's own row in the supervision ledger. */
    public record SubunitSupervision(Subunit subunit, SupervisionRecord record) {
    }

    private static final List<Column<SubunitSupervision>> SUBUNIT_SUPERVISION_COLUMNS = List.of(
            Column.<SubunitSupervision>text("subunit", "area", r -> r.subunit().nameZh())
                    .shownIn((r, lang) -> lang.nameOrChinese(r.subunit().nameZh(), r.subunit().nameEn())),
            Column.text("parent", "within", r -> r.subunit().parent().id()),
            Figures.whole("year", "year", r -> r.record().year()),
            Figures.whole("plans_approved", "plans", r -> r.record().figures().plansApproved()),
            Figures.whole("patches_found", "patches", r -> r.record().figures().patchesFound()),
            Figures.whole("patches_handled", "handled", r -> r.record().figures().patchesHandled()),
            Figures.column("compensation_fee_wan", "fees (wan)", 2, r -> r.record().figures().compensationFeeWan()),
            Figures.whole("acceptance_filings", "filings", r -> r.record().figures().acceptanceFilings()),
            Figures.whole("cases_opened", "opened", r -> r.record().figures().casesOpened()),
            Figures.whole("cases_closed", "closed", r -> r.record().figures().casesClosed()),
            Figures.column("disturbed_area_km2", "disturbed km²", 2,
                    r -> r.record().figures().disturbedAreaKm2().orElse(Double.NaN)),
            Column.text("source", "source", r -> r.record().source()));

    private static <T> List<Column<T>> with(List<Column<T>> columns, List<Column<T>> more) {
        return Stream.concat(columns.stream(), more.stream()).toList();
    }
}
