package org.swcplan.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.quality.DataQuality;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.ReportFixtures;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.reports.text.Numbers;
import org.swcplan.model.region.Scope;

class AnnualReportTest {
    private static ReportInputs inputs(Language language) {
        Dataset data = ReportFixtures.region();
        Projection projection = Projection.of(data, ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED);
        RegionOutlook outlook = projection.bau();
        ChartStyle style = new ChartStyle(new ChartFont("SansSerif", language, Optional.empty()));
        return new ReportInputs(2024, language, data, new DataNote("test region", true), style, StandingAnalysis.of(data, 2024),
                outlook, GapAnalysis.rate(data, projection, List.of(2025, 2030)), GapAnalysis.treatment(data),
                List.of(Allocator.allocate(data, projection, 2030, 68, AllocationMethod.LEAST_COST)), Commitments.of(data),
                DataQuality.notes(data), Map.of("monitoring.csv", "abc"), "9.9", List.of("report", "--year", "2024"),
                VerdictThresholds.DEFAULT);
    }

    @Test
    void writesEveryPartOfTheReport() throws Exception {
        SortedMap<String, byte[]> files = AnnualReport.render(inputs(Language.EN));
        assertThat(files.keySet()).contains("index.html", "report.md", "manifest.json", "tables/status.csv",
                "tables/forecasts.csv", "tables/gaps.csv", "tables/treatment_degree.csv", "tables/allocation-2030.csv",
                "tables/indicators.csv", "tables/tasks.csv", "charts/trajectory-CITY.png", "charts/trajectory-140802.svg",
                "charts/gaps-2025.png", "charts/gaps-2030.svg", "charts/map-rate-2024.png", "charts/map-status-2030.svg", "charts/allocation-2030.png");
        assertThat(files.keySet().stream().filter(f -> f.startsWith("charts/trajectory-"))).hasSize(2 * 4);
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        SortedMap<String, byte[]> first = AnnualReport.render(inputs(Language.ZH));
        SortedMap<String, byte[]> second = AnnualReport.render(inputs(Language.ZH));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void htmlIsSelfContainedEscapedAndLabelled() throws Exception {
        String html = new String(AnnualReport.render(inputs(Language.ZH)).get("index.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("@page { size: A4")
                .contains("示意数据").contains("<h3 id=\"county-140802\">盐湖区</h3>")
                .contains("<h3 id=\"county-140827\">垣曲县</h3>");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img");
        Matcher external = Pattern.compile("(src|href)=\"(?!#)").matcher(html);
        assertThat(external.find()).as("no external resource").isFalse();
        assertThat(html.split("<svg", -1)).hasSize(1 + 4 + 2 + 1 + 2 + 1);
        // ids of inlined charts never collide
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("duplicate id " + ids.group(1)).isTrue();
        }
    }

    @Test
    void manifestHashesEveryOutput() throws Exception {
        SortedMap<String, byte[]> files = AnnualReport.render(inputs(Language.EN));
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"seed\": 1").contains("\"version\": \"9.9\"").contains("\"monitoring.csv\": \"abc\"");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("manifest.json")) {
                assertThat(manifest).contains("\"" + file.getKey() + "\": \"" + Manifest.sha256(file.getValue()) + "\"");
            }
        }
    }

    @Test
    void markdownLinksThePngCharts() throws Exception {
        String md = new String(AnnualReport.render(inputs(Language.EN)).get("report.md"), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Soil and water conservation annual report 2024")
                .contains("](charts/trajectory-CITY.png)").contains("> Note: illustrative data");
    }

    @Test
    void theChineseReportWordsStatusesAndProbabilitiesInOfficialStyle() throws Exception {
        ReportInputs in = inputs(Language.ZH);
        String md = new String(AnnualReport.render(in).get("report.md"), StandardCharsets.UTF_8);
        for (GapRow g : in.gaps()) {
            String p = g.probabilityOfReaching() < 0.005 ? "<1%" : g.probabilityOfReaching() >= 0.995 ? ">99%"
                    : Math.round(g.probabilityOfReaching() * 100) + "%";
            assertThat(md).as("%s %d", g.unit(), g.milestone()).contains("| " + p + " |");
        }
        assertThat(md).contains("达标概率").contains("需年均新增治理面积（平方公里）").doesNotContain(" %）");
        assertThat(md).contains("最近观测年已达到目标且达标概率不低于90%为“已达标”；达标概率不低于66%为“进度正常”")
                .contains("低于33%时");
        for (GapStatus status : in.gaps().stream().map(GapRow::status).distinct().toList()) {
            assertThat(md).contains(Language.ZH.text("status." + status.key()));
        }
        assertThat(Language.ZH.text("status.limited_progress")).isEqualTo("进展滞后");
        assertThat(Language.ZH.text("status.deterioration")).isEqualTo("出现下滑");
        assertThat(Language.ZH.text("status.acceleration_needed")).isEqualTo("需加快推进");
    }

    @Test
    void thresholdsGivenAreTheOnesTheMethodsState() throws Exception {
        ReportInputs in = inputs(Language.EN);
        ReportInputs strict = new ReportInputs(in.year(), in.language(), in.dataset(), in.note(), in.style(), in.standing(),
                in.outlook(), in.gaps(), in.treatmentGaps(), in.allocations(), in.commitments(), in.quality(),
                in.inputHashes(), in.toolVersion(), in.arguments(), new VerdictThresholds(0.95, 0.8, 0.4));
        String md = new String(AnnualReport.render(strict).get("report.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("at least 95 %").contains("at least 80 %").contains("from 40 % up to 80 %");
    }

    @Test
    void aPassedMilestoneIsAssessedInWordsAndNotForecast() throws Exception {
        Dataset data = ReportFixtures.regionThrough2025();
        Projection projection = Projection.of(data, ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED);
        ChartStyle style = new ChartStyle(new ChartFont("SansSerif", Language.ZH, Optional.empty()));
        List<GapRow> gaps = GapAnalysis.rate(data, projection, GapAnalysis.reportedMilestones(data));
        ReportInputs in = new ReportInputs(2025, Language.ZH, data, new DataNote("test region", true), style,
                StandingAnalysis.of(data, 2025), projection.bau(), gaps, GapAnalysis.treatment(data), List.of(),
                Commitments.of(data), DataQuality.notes(data), Map.of(), "9.9", List.of("report"),
                VerdictThresholds.DEFAULT);
        SortedMap<String, byte[]> files = AnnualReport.render(in);
        String md = new String(files.get("report.md"), StandardCharsets.UTF_8);
        GapRow city = gaps.stream().filter(g -> g.milestone() == 2025 && g.unit().equals(Scope.CITY)).findFirst()
                .orElseThrow();
        assertThat(city.assessed()).isTrue();
        assertThat(md).contains("2025年目标65.00%，实际为" + Numbers.fixed(city.lastRatePct(), 2) + "%，"
                + (city.status() == GapStatus.MET ? "已完成，高于" : "未完成，低于"));
        assertThat(md).contains("### 2025年目标（按实测值评定）").contains("### 2030年目标\n");
        assertThat(files).containsKey("charts/gaps-2025.svg");
        // the unit tables list only the milestones ahead
        assertThat(new Composition(in).ahead(Scope.CITY)).extracting(GapRow::milestone).containsExactly(2030);
    }
}
