package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.region.City;
import org.swcplan.reports.Language;
import org.swcplan.reports.report.ReportDocument.Chapter;

/**
 * Writes the annual report as a work report to the city government on its plan (年度工作报告):
 * 一、总体情况, 二、目标完成情况, 三、各县（市、区）情况, 四、重点任务推进情况, 五、存在问题,
 * 六、下一步工作, then 附表, 附图 and the note on methods and data. The English edition mirrors it.
 */
final class ReportComposer {
    private ReportComposer() {
    }

    static ReportDocument compose(ReportInputs in) {
        Composition c = new Composition(in);
        Language lang = in.language();
        String city = Names.city(in.dataset(), lang);
        String year = Integer.toString(in.year());
        String title = in.dataset().city().isPresent() ? lang.text("report.title.city", city, year)
                : lang.text("report.title", year);
        List<String> lead = new ArrayList<>();
        in.dataset().city().filter(p -> !p.documentNo().isEmpty()).ifPresent(p -> lead.add(plan(p, lang)));
        lead.add(lang.text("report.region", lang == Language.ZH ? in.note().sourceZh() : in.note().source()));
        Findings findings = new Findings(c);
        AnnexChapters annex = new AnnexChapters(c);
        List<Chapter> chapters = List.of(new OverviewChapter(c).build(), new TargetsChapter(c).build(),
                new CountiesChapter(c).build(), new TasksChapter(c).build(), findings.problems(), findings.nextSteps(),
                annex.tables(), annex.figures(), annex.methods());
        return new ReportDocument(lang.tag(), title, lead, in.note().illustrative() ? lang.text("illustrative") : "",
                chapters, in.note().footer(lang));
    }

    private static String plan(City city, Language lang) {
        return lang.text("report.plan", city.planTitle(), city.documentNo());
    }
}
