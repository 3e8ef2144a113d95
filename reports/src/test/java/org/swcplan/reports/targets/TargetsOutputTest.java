package org.swcplan.reports.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.Scope;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.quality.DataQuality;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.targets.CountyTargetRule;
import org.swcplan.model.targets.TargetPlan;
import org.swcplan.model.targets.YearlyTargets;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Golden;
import org.swcplan.reports.Language;
import org.swcplan.reports.ReportFixtures;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.reports.report.AnnualReport;
import org.swcplan.reports.report.ReportInputs;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;

class TargetsOutputTest {
    /** The report fixture with city targets above where it stands (74.41 % in 2024), so that derived targets must rise. */
    private static final Dataset DATA = raised(ReportFixtures.region());
    private static final Projection PROJECTION = Projection.of(DATA, ForecastMethods.auto(),
            new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED);
    private static final DataNote NOTE = new DataNote("test region", true);

    private static Dataset raised(Dataset d) {
        List<Target> targets = new ArrayList<>(d.targets().stream()
                .filter(t -> !(t.scope().equals(Scope.CITY) && t.indicator() == TargetIndicator.SWC_RATE_PCT)).toList());
        targets.add(new Target(Scope.CITY, 2025, TargetIndicator.SWC_RATE_PCT, 75, "plan"));
        targets.add(new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 77, "plan"));
        return new Dataset(d.counties(), d.monitoring(), d.treatment(), d.baselines(), targets, d.indicators(), d.tasks(),
                d.parameters());
    }

    private static TargetPlan plan() {
        return YearlyTargets.plan(DATA, PROJECTION, CountyTargetRule.TARGETS_CSV);
    }

    private static String render(boolean forPeople, Format format, Language language) throws Exception {
        Result result = forPeople ? TargetsOutput.reading(plan(), NOTE, "auto", 1, false)
                : TargetsOutput.result(plan(), NOTE, "auto", 1);
        StringWriter out = new StringWriter();
        Renderers.render(result, format, new RenderOptions(language, 0, "\n"), out);
        return out.toString();
    }

    @Test
    void csvTablesAndMarkdownMatchTheirGoldenFiles() throws Exception {
        Golden.assertMatches("targets.csv", render(false, Format.CSV, Language.EN));
        Golden.assertMatches("targets.txt", render(true, Format.TABLE, Language.EN));
        Golden.assertMatches("targets-zh.md", render(true, Format.MD, Language.ZH));
    }

    @Test
    void theOneCountyTargetGivenIsKeptAndTheOthersAreDerivedAndSaidToBe() throws Exception {
        assertThat(render(true, Format.TABLE, Language.EN)).contains("1 from targets.csv, 2 derived")
                .contains("they are not official targets").contains("Note: illustrative data");
        assertThat(render(true, Format.TABLE, Language.ZH)).contains("采用目标文件1个、测算分解2个").contains("测算分解")
                .contains("非正式下达目标");
        String json = render(false, Format.JSON, Language.EN);
        assertThat(json).contains("\"schema\": \"swc.targets/1\"").contains("\"county_targets\": \"targets.csv\"")
                .contains("\"milestones\": [").contains("\"verdict\": \"met\"");
    }

    private static ReportInputs inputs(Language language, TargetPlan targets) {
        ChartStyle style = new ChartStyle(new ChartFont("SansSerif", language, Optional.empty()));
        return new ReportInputs(2024, language, DATA, NOTE, style, StandingAnalysis.of(DATA, 2024), PROJECTION.bau(),
                GapAnalysis.rate(DATA, PROJECTION, List.of(2025, 2030)), GapAnalysis.treatment(DATA), List.of(),
                Commitments.of(DATA), DataQuality.notes(DATA), Map.of("monitoring.csv", "abc"), "9.9",
                List.of("report"), VerdictThresholds.DEFAULT, targets);
    }

    private static String text(SortedMap<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theAnnualReportCarriesTheTargetsAnnexInBothEditions() throws Exception {
        SortedMap<String, byte[]> zh = AnnualReport.render(inputs(Language.ZH, plan()));
        assertThat(zh).containsKey("tables/targets.csv");
        assertThat(text(zh, "report.md")).contains("## 附表").contains("### 各县（市、区）水土保持年度目标")
                .containsPattern("\\*\\*表\\d+ 水土保持率年度目标（单位：%）\\*\\*").contains("非正式下达目标");
        assertThat(text(zh, "index.html")).contains("<h3 id=\"annex-targets\">").contains("<a href=\"#annex-tables\">")
                .containsPattern("表\\d+ 年度新增治理面积目标（单位：平方公里）");
        SortedMap<String, byte[]> en = AnnualReport.render(inputs(Language.EN, plan()));
        assertThat(text(en, "report.md")).contains("### Yearly targets by county")
                .containsPattern("Table \\d+\\. Treatment degree on its path, %");
        SortedMap<String, byte[]> again = AnnualReport.render(inputs(Language.EN, plan()));
        en.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aReportWithoutTargetsHasNoAnnex() throws Exception {
        SortedMap<String, byte[]> files = AnnualReport.render(inputs(Language.EN, null));
        assertThat(files).doesNotContainKey("tables/targets.csv");
        assertThat(text(files, "index.html")).doesNotContain("id=\"annex-targets\"");
        assertThat(text(files, "report.md")).doesNotContain("Yearly targets by county");
    }
}
