package org.swcplan.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.quality.DataQuality;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.supervision.SupervisionFigures;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.ReportFixtures;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;

/** The supervision part of 四、重点任务推进情况, composed without drawing charts. */
class SupervisionSectionTest {
    private static final CountyCode A = new CountyCode("140802");
    private static final CountyCode B = new CountyCode("140827");

    private static Dataset withLedger(List<SupervisionRecord> ledger) {
        Dataset d = ReportFixtures.region();
        return new Dataset(d.counties(), d.monitoring(), d.treatment(), d.baselines(), d.targets(), d.indicators(),
                d.tasks(), d.parameters(), d.city(), d.references(), d.boundaries(), d.items(), ledger);
    }

    private static SupervisionRecord row(CountyCode county, int year, int plans, int found, int handled, double fee,
                                         OptionalDouble area) {
        return new SupervisionRecord(county, year, new SupervisionFigures(plans, found, handled, fee, 10, 4, 3, area),
                "illustrative");
    }

    private static ReportDocument.Chapter tasksChapter(Dataset data, Language language) {
        Projection projection = Projection.of(data, ForecastMethods.auto(), new RegionForecaster.Settings(2030, 50, 1),
                KSource.CALIBRATED);
        ReportInputs in = new ReportInputs(2024, language, data, new DataNote("test region", true),
                new ChartStyle(new ChartFont("SansSerif", language, Optional.empty())), StandingAnalysis.of(data, 2024),
                projection.bau(), GapAnalysis.rate(data, projection, List.of(2025, 2030)), GapAnalysis.treatment(data),
                List.of(), Commitments.of(data), DataQuality.notes(data),
                Map.of(), "9.9", List.of("report"), VerdictThresholds.DEFAULT);
        return ReportComposer.compose(in).chapters().stream().filter(c -> c.id().equals("tasks")).findFirst()
                .orElseThrow();
    }

    private static String text(ReportDocument.Chapter chapter) {
        StringBuilder all = new StringBuilder();
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Subheading s) {
                all.append(s.text()).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                all.append(p.text()).append('\n');
            } else if (block instanceof Block.Table t) {
                all.append(t.caption()).append('\n');
                t.table().rows().forEach(r -> all.append(String.join("|", r)).append('\n'));
            }
        }
        return all.toString();
    }

    private static final List<SupervisionRecord> LEDGER = List.of(
            row(A, 2023, 40, 30, 27, 500, OptionalDouble.of(14)), row(B, 2023, 20, 20, 20, 250, OptionalDouble.of(9)),
            row(A, 2024, 46, 32, 30, 540, OptionalDouble.of(14.5)), row(B, 2024, 18, 28, 24, 260, OptionalDouble.of(12)));

    @Test
    void theChineseSectionGivesTheCityYearAgainstTheYearBeforeAndATableByCounty() {
        String zh = text(tasksChapter(withLedger(LEDGER), Language.ZH));
        assertThat(zh).contains("生产建设项目水土保持监督管理\n")
                .contains("2024年，全市审批水土保持方案64个，较上年增加4个；遥感监管发现人为扰动图斑60个，查处54个，"
                        + "查处率90.00%；征收水土保持补偿费800万元，较上年增长6.67%；")
                .contains("全市人为扰动面积26.50平方公里，较上年增加3.50平方公里。")
                .contains("垣曲县人为扰动面积较上年增加3平方公里，增量居各县（市、区）首位；发现人为扰动图斑28个，较上年增加8个")
                .contains("2024年各县（市、区）生产建设项目水土保持监督管理情况")
                .contains("全市|64|60|54|90.00|800.00|20|8|6|26.50");
    }

    @Test
    void theEnglishSectionSaysTheSame() {
        String en = text(tasksChapter(withLedger(LEDGER), Language.EN));
        assertThat(en).contains("Supervision of production and construction projects\n")
                .contains("In 2024, the city approved 64 soil and water conservation plans, up 4 on the year before; "
                        + "remote sensing found 60 patches of disturbance, of which 54 were dealt with (90.00 %); "
                        + "compensation fees levied came to CNY 8.00 million, up 6.67 % on the year before;")
                .contains("The disturbed land of Yuanqu County grew by 3 km²")
                .contains("Supervision of production and construction projects by county, 2024");
    }

    @Test
    void anUnmeasuredAreaIsSaidAndAMissingLedgerLeavesTheSectionOut() {
        List<SupervisionRecord> partial = List.of(row(A, 2024, 46, 32, 30, 540, OptionalDouble.empty()),
                row(B, 2024, 18, 28, 24, 260, OptionalDouble.of(12)));
        assertThat(text(tasksChapter(withLedger(partial), Language.ZH)))
                .contains("部分县（市、区）未测算人为扰动面积，全市合计从缺。").doesNotContain("较上年增加4个");
        assertThat(text(tasksChapter(withLedger(List.of()), Language.ZH))).doesNotContain("监督管理");
        assertThat(text(tasksChapter(withLedger(List.of(row(A, 2023, 1, 1, 1, 1, OptionalDouble.empty()))),
                Language.EN))).doesNotContain("Supervision");
    }
}
