package org.swcplan.reports.supervision;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.supervision.SupervisionFigures;
import org.swcplan.model.supervision.SupervisionLedger;
import org.swcplan.model.supervision.SupervisionLedger.Row;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/**
 * The supervision ledger as a result: one row per county and year in CSV and JSON; for people the
 * same rows with each year's city total after that year's counties. Rates to 2 decimals, empty
 * where nothing was found or opened; the disturbed area empty where it was not measured.
 */
public final class SupervisionOutput {
    public static final String SCHEMA = "swc.supervision/1";

    private SupervisionOutput() {
    }

    /** A ledger row with its unit's names. */
    public record Line(Row row, String nameZh, String nameEn) {
        SupervisionFigures figures() {
            return row.figures();
        }
    }

    /** The unit's names of every row: a county's, or for a city total the words for it. */
    public static List<Line> lines(List<Row> rows, Dataset dataset) {
        Map<String, County> counties = new java.util.HashMap<>();
        dataset.counties().forEach(c -> counties.put(c.code().id(), c));
        return rows.stream().map(r -> r.isCity()
                ? new Line(r, Language.ZH.text("supervision.city_total"), Language.EN.text("supervision.city_total"))
                : new Line(r, counties.get(r.unit().id()).nameZh(), counties.get(r.unit().id()).nameEn())).toList();
    }

    private static final Column<Line> NAME = Column.<Line>text("name_zh", "name", Line::nameZh)
            .zh("县(市、区)").shownIn((l, language) -> language.name(l.nameZh(), l.nameEn()));

    public static final List<Column<Line>> COLUMNS = List.of(
            Column.unit(l -> l.row().unit().id()),
            NAME,
            Column.number("year", "year", l -> Integer.toString(l.row().year())),
            count("plans_approved", "plans", SupervisionFigures::plansApproved).priority(1),
            count("patches_found", "patches", SupervisionFigures::patchesFound),
            count("patches_handled", "handled", SupervisionFigures::patchesHandled).priority(2),
            rate("handling_rate_pct", "handled %", SupervisionFigures::handlingRatePct),
            Column.number("compensation_fee_wan", "fees",
                    l -> Numbers.fixed(l.figures().compensationFeeWan(), 2)),
            count("acceptance_filings", "filings", SupervisionFigures::acceptanceFilings).priority(3),
            count("cases_opened", "cases", SupervisionFigures::casesOpened),
            count("cases_closed", "closed", SupervisionFigures::casesClosed).priority(2),
            rate("closure_rate_pct", "closed %", SupervisionFigures::closureRatePct),
            Column.number("disturbed_area_km2", "disturbed",
                    l -> Numbers.fixed(l.figures().disturbedAreaKm2(), 2)),
            Column.<Line>text("source", "source", l -> l.row().source()).priority(4));

    /**
     * @param rows      the counties' rows, by county then year; where they hold more than one county,
     *                  tables add each year's city total
     * @param selection which rows (all, a county's, a year's), in English and Chinese
     */
    public static Result result(List<Row> rows, Dataset dataset, Text selection, DataNote note) {
        List<Line> lines = lines(rows, dataset);
        boolean totals = rows.stream().map(Row::unit).distinct().count() > 1;
        List<Line> reading = totals ? lines(SupervisionLedger.withCityTotals(rows), dataset) : lines;
        Section<Line> section = Section.of("rows", selection, COLUMNS, lines).readOnly(reading);
        return Result.of(SCHEMA, Text.of("Supervision of production and construction projects: " + selection.en(),
                        "生产建设项目水土保持监督管理：" + selection.zh()), note, section)
                .withParameters(Parameter.of("selection", selection.en()))
                .withNotes(Text.of("One row per county and year" + (totals ? "; in tables each year's city total "
                                        + "follows its counties (CSV and JSON hold the county rows only)" : "")
                                + ". handled % = patches handled / found; closed % = cases closed / opened in the "
                                + "year, above 100 % where older cases were closed. An empty disturbed area was not "
                                + "measured; a city total has one only where every county has. Fees in CNY 10,000, areas in km².",
                        "每县每年一行" + (totals ? "；表中各年县级数据之后列全市合计（CSV、JSON仅含县级数据）" : "")
                                + "。图斑查处率=查处图斑数/遥感图斑数；案件结案率=当年结案数/当年立案数，"
                                + "结案含以前年度案件时可超过100%。人为扰动面积空缺表示未测算；"
                                + "全市合计仅在各县均有数据时给出。"));
    }

    private static Column<Line> count(String key, String heading, ToIntFunction<SupervisionFigures> value) {
        return Column.number(key, heading, l -> Integer.toString(value.applyAsInt(l.figures())));
    }

    private static Column<Line> rate(String key, String heading, Function<SupervisionFigures, OptionalDouble> value) {
        return Column.number(key, heading, l -> Numbers.fixed(value.apply(l.figures()), 2));
    }
}
