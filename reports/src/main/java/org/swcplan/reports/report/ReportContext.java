package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.Language;
import org.swcplan.reports.allocation.AllocationOutput;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.plan.PlanOutput;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/** The values the HTML template (and the Markdown report) are filled from. */
final class ReportContext {
    private final ReportInputs in;
    private final Language lang;
    private final Map<String, String> svgs;

    ReportContext(ReportInputs inputs, Map<String, String> svgs) {
        this.in = inputs;
        this.lang = inputs.language();
        this.svgs = svgs;
    }

    Map<String, Object> build() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", lang.tag());
        c.put("title", in.dataset().city().map(city -> lang.text("report.title.city", lang.name(city.nameZh(),
                city.nameEn()), Integer.toString(in.year()))).orElse(lang.text("report.title", Integer.toString(in.year()))));
        String source = lang.text("report.region", lang == Language.ZH ? in.note().sourceZh() : in.note().source());
        c.put("region", in.dataset().city().filter(city -> !city.documentNo().isEmpty())
                .map(city -> lang.text("report.plan", city.planTitle(), city.documentNo()) + (lang == Language.ZH ? "" : " ")
                        + source).orElse(source));
        c.put("illustrative", in.note().illustrative());
        c.put("illustrativeText", lang.text("illustrative"));
        c.put("sections", sections());
        c.put("summaryHeading", lang.text("section.summary"));
        c.put("cards", cards());
        c.put("cityAssessments", AnnualReport.assessmentsOf(in, Scope.CITY));
        c.put("cityTable", HtmlTable.of(GapTables.unitMilestones(lang), AnnualReport.gapsOf(in, Scope.CITY), lang, in.note().cityCode()));
        c.put("citySvg", svgs.get("trajectory-" + Scope.City.ID));
        c.put("tilemapSvg", svgs.get("tilemap-" + in.year()));
        c.put("countiesHeading", lang.text("section.counties"));
        c.put("counties", counties());
        c.put("gapsHeading", lang.text("section.gaps"));
        c.put("gaps", gaps());
        c.put("treatmentHeading", lang.text("section.treatment"));
        c.put("treatmentTable", HtmlTable.of(GapOutput.TREATMENT_COLUMNS, in.treatmentGaps(), lang, in.note().cityCode()));
        c.put("allocationHeading", lang.text("section.allocation"));
        c.put("allocations", allocations());
        c.put("indicatorsHeading", lang.text("section.indicators"));
        c.put("indicatorsTable", HtmlTable.of(PlanOutput.COMMITMENT_COLUMNS, in.commitments(), lang, in.note().cityCode()));
        c.put("tasksHeading", lang.text("section.tasks"));
        c.put("taskGroups", taskGroups());
        c.put("qualityHeading", lang.text("section.quality"));
        c.put("quality", in.quality());
        c.put("methodsHeading", lang.text("section.methods"));
        c.put("methods", lang.text("methods.text", in.outlook().method(), Long.toString(in.outlook().seed())));
        c.put("methodsStatus", GapOutput.statusMethod(in.thresholds(), lang));
        c.put("provenance", provenance());
        c.put("targets", targets());
        c.put("footer", in.note().footer(lang));
        return c;
    }

    private List<Map<String, String>> sections() {
        List<Map<String, String>> sections = new ArrayList<>();
        for (String id : List.of("summary", "counties", "gaps", "treatment", "allocation", "indicators", "tasks",
                "quality", "methods")) {
            sections.add(Map.of("id", id, "heading", lang.text("section." + id)));
        }
        if (in.targets() != null) {
            sections.add(Map.of("id", "targets", "heading", lang.text("section.targets")));
        }
        return sections;
    }

    private List<Map<String, String>> cards() {
        UnitStanding city = in.standing().city();
        return List.of(
                Map.of("label", lang.text("headline.rate"), "value", lang.percent(Numbers.fixed(city.swcRatePct(), 2))),
                Map.of("label", lang.text("headline.change"), "value", change(city)),
                Map.of("label", lang.text("headline.erosion"), "value", Numbers.grouped(city.erosionKm2(), 2)),
                Map.of("label", lang.text("headline.degree"), "value", degree(city)));
    }

    private List<Map<String, Object>> counties() {
        List<Map<String, Object>> counties = new ArrayList<>();
        for (UnitForecast unit : in.outlook().counties()) {
            UnitStanding standing = AnnualReport.standing(in, unit.unit());
            Map<String, Object> county = new LinkedHashMap<>();
            county.put("code", unit.unit().id());
            county.put("name", lang.name(unit.nameZh(), unit.nameEn()) + " (" + unit.unit().id() + ")");
            List<String> summary = new ArrayList<>(List.of(lang.text("county.summary", Integer.toString(in.year()),
                    Numbers.fixed(standing.swcRatePct(), 2), change(standing),
                    Numbers.grouped(standing.erosionKm2(), 2), degree(standing))));
            summary.addAll(AnnualReport.assessmentsOf(in, unit.unit()));
            county.put("summary", lang.sentences(summary));
            county.put("table", HtmlTable.of(GapTables.unitMilestones(lang), AnnualReport.gapsOf(in, unit.unit()), lang, in.note().cityCode()));
            county.put("svg", svgs.get("trajectory-" + unit.unit().id()));
            counties.add(county);
        }
        return counties;
    }

    /** Each milestone: a passed one assessed, one ahead with its gaps and the treatment it needs. */
    private List<Map<String, Object>> gaps() {
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (int milestone : AnnualReport.milestones(in)) {
            List<GapRow> rows = AnnualReport.milestoneRows(in, milestone);
            boolean passed = rows.get(0).assessed();
            gaps.add(Map.of("heading", milestone + (passed ? lang.text("gaps.passed") : ""),
                    "table", HtmlTable.of(passed ? GapTables.assessments(lang) : GapTables.gaps(lang), rows, lang, in.note().cityCode()),
                    "needs", passed ? List.of() : List.of(HtmlTable.of(GapTables.needs(lang), rows, lang, in.note().cityCode())),
                    "svg", svgs.get("gaps-" + milestone)));
        }
        return gaps;
    }

    private List<Map<String, Object>> allocations() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Allocation a : in.allocations()) {
            list.add(Map.of("heading", a.milestone() + " · " + lang.percent(Numbers.fixed(a.cityTargetPct(), 2)),
                    "verdict", AllocationOutput.verdict(a, lang),
                    "table", HtmlTable.of(AllocationOutput.readingColumns(a), AllocationOutput.rows(a), lang, in.note().cityCode()),
                    "svg", svgs.get("allocation-" + a.milestone())));
        }
        return list;
    }

    /** Tasks grouped by their (first-named) lead unit, units in order of first appearance. */
    private List<Map<String, Object>> taskGroups() {
        Map<String, List<Assignment>> byLead = new LinkedHashMap<>();
        for (PlanTask task : in.dataset().tasks()) {
            for (String lead : task.leadUnits()) {
                byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(new Assignment(task, null));
            }
        }
        List<Column<Assignment>> columns = List.of(PlanOutput.TASK_COLUMNS.get(0), PlanOutput.TASK_COLUMNS.get(4),
                PlanOutput.TASK_COLUMNS.get(6), PlanOutput.TASK_COLUMNS.get(2));
        List<Map<String, Object>> groups = new ArrayList<>();
        byLead.forEach((unit, tasks) -> groups.add(Map.of("unit", unit + " (" + tasks.size() + ")",
                "table", HtmlTable.of(columns, tasks, in.language(), in.note().cityCode()))));
        return groups;
    }

    /** The annex of yearly targets: its tables and notes; empty (no section) without targets. */
    private List<Map<String, Object>> targets() {
        Result annex = AnnualReport.targetsAnnex(in);
        if (annex == null) {
            return List.of();
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Section<?> section : annex.sections()) {
            tables.add(Map.of("caption", section.title().in(lang), "table", html(section, lang)));
        }
        return List.of(Map.of("heading", lang.text("section.targets"), "tables", tables,
                "notes", annex.notes().stream().map(n -> n.in(lang)).toList()));
    }

    private <T> Map<String, Object> html(Section<T> section, Language language) {
        return HtmlTable.of(section.reading(), section.readingRows(), language, in.note().cityCode());
    }

    private List<String> provenance() {
        List<String> lines = new ArrayList<>();
        lines.add(in.note().footer(lang));
        new TreeMap<>(in.inputHashes()).forEach((name, hash) -> lines.add(name + " SHA-256 " + hash));
        lines.add("swc " + in.toolVersion());
        return lines;
    }

    private String degree(UnitStanding standing) {
        return standing.treatmentDegreePct().isPresent() ? lang.percent(Numbers.fixed(standing.treatmentDegreePct(), 2))
                : "–";
    }

    /** The change on the year before: {@code +0.42} in English, 提高0.42个百分点 in Chinese. */
    private String change(UnitStanding standing) {
        if (lang != Language.ZH || standing.changePp().isEmpty()) {
            return Numbers.signed(standing.changePp(), 2);
        }
        double change = standing.changePp().getAsDouble();
        return (change >= 0 ? "提高" : "下降") + Numbers.fixed(Math.abs(change), 2) + "个百分点";
    }
}
