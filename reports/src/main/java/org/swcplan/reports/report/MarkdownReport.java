package org.swcplan.reports.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.Language;
import org.swcplan.reports.allocation.AllocationOutput;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.plan.PlanOutput;
import org.swcplan.reports.result.MarkdownRenderer;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;

/** The report as Markdown, with the charts as PNG images beside it. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    @SuppressWarnings("unchecked")
    static String render(ReportInputs in, Map<String, Object> context) throws IOException {
        Language lang = in.language();
        StringWriter out = new StringWriter();
        out.write("# " + context.get("title") + "\n\n" + context.get("region") + "\n\n");
        if (in.note().illustrative()) {
            out.write("> " + lang.text("illustrative") + "\n\n");
        }
        out.write("## " + lang.text("section.summary") + "\n\n");
        for (Map<String, String> card : (List<Map<String, String>>) context.get("cards")) {
            out.write("- " + card.get("label") + ": **" + card.get("value") + "**\n");
        }
        out.write("\n");
        for (String sentence : AnnualReport.assessmentsOf(in, Scope.CITY)) {
            out.write(sentence + "\n\n");
        }
        MarkdownRenderer.table(GapTables.unitMilestones(lang), AnnualReport.gapsOf(in, Scope.CITY), lang, in.note().cityCode(), out);
        out.write("\n" + image("trajectory-" + Scope.City.ID) + "\n\n" + image("tilemap-" + in.year()) + "\n\n");

        out.write("## " + lang.text("section.counties") + "\n\n");
        List<Map<String, Object>> counties = (List<Map<String, Object>>) context.get("counties");
        for (int i = 0; i < counties.size(); i++) {
            UnitForecast unit = in.outlook().counties().get(i);
            out.write("### " + counties.get(i).get("name") + "\n\n" + counties.get(i).get("summary") + "\n\n");
            MarkdownRenderer.table(GapTables.unitMilestones(lang), AnnualReport.gapsOf(in, unit.unit()), lang, in.note().cityCode(), out);
            out.write("\n" + image("trajectory-" + unit.unit().id()) + "\n\n");
        }

        out.write("## " + lang.text("section.gaps") + "\n\n");
        for (int milestone : AnnualReport.milestones(in)) {
            List<GapRow> rows = AnnualReport.milestoneRows(in, milestone);
            boolean passed = rows.get(0).assessed();
            out.write("### " + milestone + (passed ? lang.text("gaps.passed") : "") + "\n\n");
            MarkdownRenderer.table(passed ? GapTables.assessments(lang) : GapTables.gaps(lang), rows, lang, in.note().cityCode(), out);
            if (!passed) {
                out.write("\n");
                MarkdownRenderer.table(GapTables.needs(lang), rows, lang, in.note().cityCode(), out);
            }
            out.write("\n" + image("gaps-" + milestone) + "\n\n");
        }
        out.write("## " + lang.text("section.treatment") + "\n\n");
        MarkdownRenderer.table(GapOutput.TREATMENT_COLUMNS, in.treatmentGaps(), lang, in.note().cityCode(), out);
        out.write("\n## " + lang.text("section.allocation") + "\n\n");
        for (Allocation a : in.allocations()) {
            out.write("### " + a.milestone() + "\n\n" + AllocationOutput.verdict(a, lang) + "\n\n");
            MarkdownRenderer.table(AllocationOutput.readingColumns(a), AllocationOutput.rows(a), lang, in.note().cityCode(), out);
            out.write("\n" + image("allocation-" + a.milestone()) + "\n\n");
        }
        out.write("## " + lang.text("section.indicators") + "\n\n");
        MarkdownRenderer.table(PlanOutput.COMMITMENT_COLUMNS, in.commitments(), lang, in.note().cityCode(), out);
        out.write("\n## " + lang.text("section.tasks") + "\n\n");
        List<Assignment> tasks = in.dataset().tasks().stream().map(t -> new Assignment(t, null)).toList();
        MarkdownRenderer.table(List.of(PlanOutput.TASK_COLUMNS.get(0), PlanOutput.TASK_COLUMNS.get(4),
                PlanOutput.TASK_COLUMNS.get(5), PlanOutput.TASK_COLUMNS.get(6), PlanOutput.TASK_COLUMNS.get(2)), tasks, lang, in.note().cityCode(), out);
        out.write("\n## " + lang.text("section.quality") + "\n\n");
        for (String note : in.quality()) {
            out.write("- " + note + "\n");
        }
        out.write("\n## " + lang.text("section.methods") + "\n\n" + context.get("methods") + "\n\n"
                + context.get("methodsStatus") + "\n\n");
        for (String line : (List<String>) context.get("provenance")) {
            out.write("- " + line + "\n");
        }
        Result annex = AnnualReport.targetsAnnex(in);
        if (annex != null) {
            out.write("\n## " + lang.text("section.targets") + "\n\n");
            for (Section<?> section : annex.sections()) {
                out.write("### " + section.title().in(lang) + "\n\n");
                MarkdownRenderer.table(section, lang, in.note().cityCode(), out);
                out.write("\n");
            }
            for (Text note : annex.notes()) {
                out.write("- " + note.in(lang) + "\n");
            }
        }
        return out.toString();
    }

    private static String image(String chart) {
        return "![" + chart + "](charts/" + chart + ".png)";
    }
}
