package org.swcplan.reports.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.Binding;
import org.swcplan.model.allocation.CountyShare;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Numbers;

/**
 * An allocation as CSV (one row per county and a CITY total), JSON, Markdown or a table with its
 * verdict. Every row names the programme in full: business as usual, the extra treatment and their
 * total, each with its cost.
 */
public final class AllocationOutput {
    /** One county, or the city's totals. */
    public record Row(String unit, String nameZh, double lastRatePct, double bauRatePct, double plannedRatePct,
                      double maxRatePct, double countyTargetPct, double bauKm2PerYear, double extraKm2PerYear,
                      double extraToDeadlineKm2PerYear, double extraAfterDeadlineKm2PerYear,
                      double totalKm2PerYear, double capacityKm2PerYear, double floorKm2PerYear,
                      double erosionReductionKm2, double extraAtHighKKm2PerYear, double extraAtLowKKm2PerYear,
                      double bauCostWanPerYear, double extraCostWanPerYear, double totalCostWanPerYear,
                      double extraCostWan, List<Binding> binding) {
        static Row of(CountyShare s) {
            return new Row(s.county().id(), s.nameZh(), s.lastRatePct(), s.bauRatePct(), s.plannedRatePct(),
                    s.maxRatePct(), s.countyTargetPct(), s.bauKm2PerYear(), s.extraKm2PerYear(),
                    s.extraToDeadlineKm2PerYear(), s.extraAfterDeadlineKm2PerYear(), s.totalKm2PerYear(),
                    s.capacityKm2PerYear(), s.floorKm2PerYear(), s.erosionReductionKm2(), s.extraAtHighKKm2PerYear(),
                    s.extraAtLowKKm2PerYear(), s.bauCostWanPerYear(), s.extraCostWanPerYear(),
                    s.totalCostWanPerYear(), s.extraCostWan(), s.binding());
        }
    }

    // the figures people read too, once; the tables for people pick from them
    private static final Column<Row> UNIT = Column.unit(Row::unit);
    private static final Column<Row> NAME = Column.text("name_zh", "Chinese name", Row::nameZh);
    private static final Column<Row> LAST_RATE = Figures.column("last_rate_pct", "last %", 2, Row::lastRatePct);
    private static final Column<Row> BAU_RATE = Figures.column("bau_rate_pct", "BAU %", 2, Row::bauRatePct);
    private static final Column<Row> PLANNED_RATE = Figures.column("planned_rate_pct", "planned %", 2,
            Row::plannedRatePct);
    private static final Column<Row> MAX_RATE = Figures.column("max_rate_pct", "ceiling %", 2, Row::maxRatePct);
    private static final Column<Row> COUNTY_TARGET = Figures.column("county_target_pct", "own target %", 2,
            Row::countyTargetPct);
    private static final Column<Row> BAU = Figures.column("bau_km2_per_year", "BAU km²/a", 2, Row::bauKm2PerYear);
    private static final Column<Row> EXTRA = Figures.column("extra_km2_per_year", "extra km²/a", 2, Row::extraKm2PerYear);
    private static final Column<Row> EXTRA_TO_DEADLINE = Figures.column("extra_to_deadline_km2_per_year",
            "extra to deadline", 2, Row::extraToDeadlineKm2PerYear);
    private static final Column<Row> EXTRA_AFTER_DEADLINE = Figures.column("extra_after_deadline_km2_per_year",
            "extra after", 2, Row::extraAfterDeadlineKm2PerYear);
    private static final Column<Row> TOTAL = Figures.column("total_km2_per_year", "total km²/a", 2, Row::totalKm2PerYear);
    private static final Column<Row> CAPACITY = Figures.column("capacity_km2_per_year", "capacity", 2,
            Row::capacityKm2PerYear);
    private static final Column<Row> FLOOR = Figures.column("treatment_floor_km2_per_year", "treatment floor km²/a", 2,
            Row::floorKm2PerYear);
    private static final Column<Row> EXTRA_COST = Figures.column("extra_cost_wan_per_year", "extra wan/a", 2,
            Row::extraCostWanPerYear);
    private static final Column<Row> TOTAL_COST = Figures.column("total_cost_wan_per_year", "total wan/a", 2,
            Row::totalCostWanPerYear);
    private static final Column<Row> BINDING = Column.text("binding", "binds",
            r -> r.binding().stream().map(Binding::key).collect(Collectors.joining(";")));

    private static final LimitSentences LIMITS = new LimitSentences("At capacity", "At the rate ceiling",
            "Held at the 治理度 floor", "Short of the 治理度 floor",
            deadline -> " Every county treats its remaining stock by " + deadline + " (治理度).", " %s: %s.", "none", ", ");

    /** Every figure, for machines (CSV, JSON, the report's tables). */
    public static final List<Column<Row>> COLUMNS = List.of(UNIT, NAME, LAST_RATE, BAU_RATE, PLANNED_RATE, MAX_RATE,
            COUNTY_TARGET, BAU, EXTRA, EXTRA_TO_DEADLINE, EXTRA_AFTER_DEADLINE, TOTAL, CAPACITY, FLOOR,
            Figures.column("erosion_reduction_km2", "reduce km²", 2, Row::erosionReductionKm2),
            Figures.column("extra_k_p90_km2_per_year", "extra (k p90)", 2, Row::extraAtHighKKm2PerYear),
            Figures.column("extra_k_p10_km2_per_year", "extra (k p10)", 2, Row::extraAtLowKKm2PerYear),
            Figures.column("bau_cost_wan_per_year", "BAU wan/a", 2, Row::bauCostWanPerYear),
            EXTRA_COST, TOTAL_COST,
            Figures.column("extra_cost_wan", "extra wan", 2, Row::extraCostWan),
            BINDING,
            Column.<Row>unitType(Row::unit));

    private AllocationOutput() {
    }

    /** The columns people read (tables, Markdown, the report). */
    public static List<Column<Row>> readingColumns(Allocation a) {
        List<Column<Row>> columns = new ArrayList<>(List.of(UNIT, NAME, LAST_RATE, BAU_RATE,
                PLANNED_RATE.headed("plan %"), MAX_RATE));
        if (a.counties().stream().anyMatch(s -> !Double.isNaN(s.countyTargetPct()))) {
            columns.add(COUNTY_TARGET.headed("own tgt %"));
        }
        columns.add(BAU);
        if (a.pastDeadline()) {
            columns.add(EXTRA_TO_DEADLINE.headed("extra to " + a.deadline()));
            columns.add(EXTRA_AFTER_DEADLINE.headed("extra " + (a.deadline() + 1) + "–" + a.milestone()));
        } else {
            columns.add(EXTRA);
        }
        columns.add(TOTAL);
        columns.add(CAPACITY);
        if (a.deadline() > a.lastYear()) {
            columns.add(FLOOR);
        }
        columns.add(EXTRA_COST);
        columns.add(TOTAL_COST);
        columns.add(BINDING.shownIn((r, language) -> r.binding().stream()
                .map(b -> language.text("binding." + b.key())).collect(Collectors.joining(language == Language.ZH ? "、" : ", "))));
        return Column.ranked(columns, Map.of("last_rate_pct", 3, "bau_rate_pct", 4, "max_rate_pct", 5,
                "county_target_pct", 5, "bau_km2_per_year", 2, "capacity_km2_per_year", 3,
                "treatment_floor_km2_per_year", 2, "total_cost_wan_per_year", 1, "extra_after_deadline_km2_per_year", 1));
    }

    /** The counties, then a CITY row with the city's rates and the totals. */
    public static List<Row> rows(Allocation a) {
        List<Row> rows = new ArrayList<>(a.counties().stream().map(Row::of).toList());
        double land = a.total(CountyShare::landKm2);
        double floor = a.counties().stream().anyMatch(s -> Double.isNaN(s.floorKm2PerYear())) ? Double.NaN
                : a.total(CountyShare::floorKm2PerYear);
        rows.add(new Row(Scope.City.ID, StandingAnalysis.CITY_NAME_ZH, a.cityLastRatePct(), a.cityBauRatePct(),
                a.plannedRatePct(), Double.NaN, a.cityTargetPct(), a.totalBauKm2PerYear(), a.totalExtraKm2PerYear(),
                a.total(CountyShare::extraToDeadlineKm2PerYear), a.total(CountyShare::extraAfterDeadlineKm2PerYear),
                a.total(CountyShare::totalKm2PerYear), a.total(CountyShare::capacityKm2PerYear), floor,
                land * (a.plannedRatePct() - a.cityBauRatePct()) / 100, a.total(CountyShare::extraAtHighKKm2PerYear),
                a.total(CountyShare::extraAtLowKKm2PerYear), a.totalBauCostWanPerYear(), a.totalExtraCostWanPerYear(),
                a.totalBauCostWanPerYear() + a.totalExtraCostWanPerYear(), a.totalExtraCostWan(), List.of()));
        return rows;
    }

    public static final String SCHEMA = "swc.allocation/1";

    /** Floors a county's limits cannot meet. */
    public static final List<Column<Allocation.Conflict>> CONFLICT_COLUMNS = List.of(
            Column.unit(c -> c.county().id()),
            Column.text("name_zh", "Chinese name", Allocation.Conflict::nameZh),
            Column.code("floor", "floor", c -> c.floor().key(), "binding."),
            Column.code("limit", "limit", c -> c.limit().key(), "binding."));

    /** The programme per county with the city's totals, what it achieves, and the floors it cannot meet. */
    public static Result result(Allocation a, DataNote note) {
        List<Parameter> parameters = new ArrayList<>(List.of(Parameter.of("method", a.method().key()),
                Parameter.of("milestone", a.milestone()), Parameter.of("city_target_pct", a.cityTargetPct()),
                Parameter.of("confidence", a.confidence()),
                Parameter.of("honour_county_targets", a.request().honourCountyTargets()),
                Parameter.of("last_year", a.lastYear())));
        if (a.deadline() > a.lastYear()) {
            parameters.add(Parameter.of("treatment_deadline", a.deadline()));
        }
        parameters.addAll(List.of(Parameter.of("bau_rate_pct", rounded(a.cityBauRatePct(), 2)),
                Parameter.of("bau_probability", rounded(a.cityBauProbability(), 4)),
                Parameter.of("required_reduction_km2", rounded(a.requiredReductionKm2(), 2)),
                Parameter.of("floors_alone", a.floorsAlone()), Parameter.of("feasible", a.feasible()),
                Parameter.of("probability", rounded(a.probability(), 4)),
                Parameter.of("planned_rate_pct", rounded(a.plannedRatePct(), 2)),
                Parameter.of("reachable_rate_pct", rounded(a.rateAtConfidencePct(), 2)),
                Parameter.of("shortfall_km2", rounded(a.shortfallKm2(), 2)),
                Parameter.of("bau_km2_per_year", rounded(a.totalBauKm2PerYear(), 2)),
                Parameter.of("extra_km2_per_year", rounded(a.totalExtraKm2PerYear(), 2)),
                Parameter.of("bau_cost_wan_per_year", rounded(a.totalBauCostWanPerYear(), 2)),
                Parameter.of("extra_cost_wan_per_year", rounded(a.totalExtraCostWanPerYear(), 2)),
                Parameter.of("bau_cost_wan", rounded(a.totalBauCostWan(), 2)),
                Parameter.of("extra_cost_wan", rounded(a.totalExtraCostWan(), 2))));
        Section<Row> rows = Section.of("rows", Text.of("Programme per county", "各县治理安排"), COLUMNS, rows(a))
                .readAs(readingColumns(a)).withTotalLast();
        Section<Allocation.Conflict> conflicts = Section.of("conflicts", Text.of("Floors beyond a county's limits",
                "超出本县能力的下限要求"), CONFLICT_COLUMNS, a.conflicts());
        List<Text> notes = new ArrayList<>(List.of(Text.of(verdict(a), AllocationVerdictZh.verdict(a)),
                Text.of(method(a).replace("\n", " "), AllocationVerdictZh.method(a))));
        if (note.illustrative()) {
            notes.add(Text.of("The county parameters (k, unit costs, capacities, rate ceilings) are illustrative too: "
                    + "invented within published ranges.", "各县参数（治理成效系数k、单价、治理能力、水土保持率上限）也是示意数据，"
                    + "在公开资料范围内设定。"));
        }
        return new Result(SCHEMA, Text.of("Allocation of the city's " + a.milestone() + " target, method "
                        + a.method().key() + ", confidence " + Numbers.fixed(a.confidence(), 2),
                "全市" + a.milestone() + "年目标分解（" + Language.ZH.text("method." + a.method().key()) + "，置信度"
                        + Language.ZH.percent(Numbers.sharePct(a.confidence())) + "）"),
                note, parameters, notes, List.of(rows, conflicts));
    }

    private static double rounded(double value, int decimals) {
        return Double.isFinite(value) ? Double.parseDouble(Numbers.fixed(value, decimals)) : 0;
    }

    /** The data note, and where the data is illustrative, that the county parameters are too. */
    public static String footer(DataNote note) {
        return note.footer() + (note.illustrative() ? " The county parameters (k, unit costs, capacities, rate"
                + " ceilings) are illustrative too: invented within published ranges." : "");
    }

    /** How the figures are made, in a few lines. */
    public static String method(Allocation a) {
        String years = (a.lastYear() + 1) + "–" + a.milestone();
        return "Programme = business as usual (each county's BAU pace, which the forecast carries) + extra treatment, "
                + years + ";\nthe extra removes k × its cumulative area of erosion on every sample path (k drawn per"
                + " path); plan % = the county's median with it.\nLimits: capacity holds BAU + extra each year; the"
                + " median rate stays at or below the ceiling (max_rate_pct);"
                + (a.deadline() > a.lastYear() ? " up to " + a.deadline() + " each county treats at least its"
                + " remaining 治理度 stock / years left (治理度 km²/a)" : " no 治理度 target")
                + (a.request().honourCountyTargets() ? "; each county's median reaches its own target." : ".")
                + "\nCosts at each county's unit cost; 万元/a are means over " + years + ".";
    }

    /** The verdict in a language. */
    public static String verdict(Allocation a, Language language) {
        return language == Language.ZH ? AllocationVerdictZh.verdict(a) : verdict(a);
    }

    /** One paragraph: what the target requires, whether the programme meets it, and at what cost. */
    public static String verdict(Allocation a) {
        String need = String.format(Locale.ROOT,
                "City target %.2f %% in %d allows %s km² of erosion; business as usual leaves %s km² at the median"
                        + " (%.2f %%, reached with probability %.2f).",
                a.cityTargetPct(), a.milestone(), Numbers.grouped(a.allowedErosionKm2(), 2),
                Numbers.grouped(a.cityBauErosionKm2(), 2), a.cityBauRatePct(), a.cityBauProbability());
        String programme = " Programme: BAU " + Numbers.grouped(a.totalBauKm2PerYear(), 2) + " km²/a ("
                + Numbers.grouped(a.totalBauCostWanPerYear(), 2) + " 万元/a) + extra "
                + Numbers.grouped(a.totalExtraKm2PerYear(), 2) + " km²/a (" + Numbers.grouped(a.totalExtraCostWanPerYear(), 2)
                + " 万元/a) = " + Numbers.grouped(a.totalBauKm2PerYear() + a.totalExtraKm2PerYear(), 2) + " km²/a ("
                + Numbers.grouped(a.totalBauCostWanPerYear() + a.totalExtraCostWanPerYear(), 2) + " 万元/a); over "
                + (a.lastYear() + 1) + "–" + a.milestone() + " the extra costs " + Numbers.grouped(a.totalExtraCostWan(), 2)
                + " 万元 and business as usual " + Numbers.grouped(a.totalBauCostWan(), 2) + " 万元.";
        String limits = LIMITS.of(a);
        if (a.feasible()) {
            return need + String.format(Locale.ROOT, " Feasible at confidence %.2f: with the programme the city's"
                            + " median is %.2f %% and it reaches %.2f %% with probability %.2f.", a.confidence(),
                    a.plannedRatePct(), a.cityTargetPct(), a.probability())
                    + (a.floorsAlone() && a.totalExtraKm2PerYear() > 0 ? " The counties' floors alone take the city there:"
                    + " the methods have nothing left to share." : "") + programme + limits;
        }
        String conflicts = a.conflicts().isEmpty() ? "" : " Floors beyond a county's limits: " + a.conflicts().stream()
                .map(c -> conflict(a, c)).collect(Collectors.joining("; ")) + ".";
        boolean reached = a.probability() >= a.confidence();
        return need + (reached
                ? String.format(Locale.ROOT, " NOT FEASIBLE as asked: the city reaches %.2f %% with probability %.2f,"
                        + " but not every county floor can be met.", a.cityTargetPct(), a.probability())
                : String.format(Locale.ROOT, " NOT FEASIBLE within the counties' limits: the best reachable at"
                        + " confidence %.2f is %.2f %%, %s km² (%.2f points) short (probability of the target %.2f);"
                        + " binding capacities: %s.", a.confidence(), a.rateAtConfidencePct(),
                Numbers.grouped(a.shortfallKm2(), 2), a.cityTargetPct() - a.rateAtConfidencePct(), a.probability(),
                LIMITS.names(a.atCapacity())))
                + conflicts + programme + limits;
    }


    private static String conflict(Allocation a, Allocation.Conflict c) {
        CountyShare s = a.counties().stream().filter(x -> x.county().equals(c.county())).findFirst().orElseThrow();
        String floor = c.floor() == Binding.TREATMENT_FLOOR
                ? "the 治理度 floor asks " + Numbers.grouped(s.floorKm2PerYear(), 2) + " km²/a to " + a.deadline()
                : "its own target " + Numbers.fixed(s.countyTargetPct(), 2) + " %";
        String limit = c.limit() == Binding.CAPACITY
                ? "its capacity " + Numbers.grouped(s.capacityKm2PerYear(), 2) + " km²/a (BAU "
                        + Numbers.grouped(s.bauKm2PerYear(), 2) + ")"
                : "its rate ceiling " + Numbers.fixed(s.maxRatePct(), 2) + " %";
        return c.nameZh() + ": " + floor + ", beyond " + limit;
    }
}
