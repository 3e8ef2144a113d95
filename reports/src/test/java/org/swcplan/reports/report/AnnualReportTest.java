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
                DataQuality.notes(data), Map.of("monitoring.csv", "abc"), "9.9", List.of("report", "--year", "2024"));
    }

    @Test
    void writesEveryPartOfTheReport() throws Exception {
        SortedMap<String, byte[]> files = AnnualReport.render(inputs(Language.EN));
        assertThat(files.keySet()).contains("index.html", "report.md", "manifest.json", "tables/status.csv",
                "tables/forecasts.csv", "tables/gaps.csv", "tables/treatment_degree.csv", "tables/allocation-2030.csv",
                "tables/indicators.csv", "tables/tasks.csv", "charts/trajectory-CITY.png", "charts/trajectory-140802.svg",
                "charts/gaps-2025.png", "charts/gaps-2030.svg", "charts/tilemap-2024.png", "charts/allocation-2030.png");
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
                .contains("示意数据").contains("盐湖区 (140802)").contains("垣曲县 (140827)");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img");
        Matcher external = Pattern.compile("(src|href)=\"(?!#)").matcher(html);
        assertThat(external.find()).as("no external resource").isFalse();
        assertThat(html.split("<svg", -1)).hasSize(1 + 4 + 2 + 1 + 1);
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
                .contains("![trajectory-CITY](charts/trajectory-CITY.png)").contains("> Illustrative data");
    }
}
