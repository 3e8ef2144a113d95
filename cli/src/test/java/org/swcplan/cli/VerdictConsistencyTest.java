package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.reports.chart.Charts;
import org.swcplan.reports.report.AnnualReport;
import org.swcplan.reports.report.ReportInputs;

/**
 * One model, one verdict: on the bundled data and on 20 seeded variants of it, no gap row, no bar of
 * a gap chart and no line of the report calls a unit on track (or achieved) while it is less likely
 * than not to reach its target, nor behind (limited progress, deterioration) while it is likely to.
 * The reconciled treatment need holds on every variant too.
 */
class VerdictConsistencyTest {
    private static final Dataset BUNDLED = BundledVariants.bundled();
    private static final ChartStyle STYLE = new ChartStyle(new ChartFont("SansSerif", Language.ZH, Optional.empty()));
    /** A row of a report table: a probability cell (61%, <1%, >99%) and, last, a status word. */
    private static final Pattern REPORT_ROW = Pattern.compile("^\\|.*\\| (<1|>99|\\d{1,2})% \\|.*\\| ([^|]+) \\|$");

    /** Seed 0: the bundled data as it is; seeds 1–20: variants. */
    static Stream<Long> seeds() {
        return LongStream.rangeClosed(0, 20).boxed();
    }

    private static Dataset data(long seed) {
        return seed == 0 ? BUNDLED : BundledVariants.variant(BUNDLED, seed);
    }

    private static void assertHonest(GapStatus status, double probability, String what) {
        if (status == GapStatus.ON_TRACK || status == GapStatus.ACHIEVED) {
            assertThat(probability).as("%s is %s", what, status.key()).isGreaterThanOrEqualTo(0.5);
        }
        if (status == GapStatus.LIMITED_PROGRESS || status == GapStatus.DETERIORATION) {
            assertThat(probability).as("%s is %s", what, status.key()).isLessThan(0.66);
        }
    }

    @ParameterizedTest(name = "variant {0}")
    @MethodSource("seeds")
    void noStatusContradictsTheProbabilityBesideIt(long seed) throws Exception {
        Dataset data = data(seed);
        GapAnalysis.Study study = GapAnalysis.study(data, ForecastMethods.auto(), RegionForecaster.Settings.DEFAULT_SEED,
                KSource.CALIBRATED, GapAnalysis.reportedMilestones(data));
        List<GapRow> rows = study.rows();
        assertThat(rows).as("variant %d", seed).hasSize(42);
        for (GapRow r : rows) {
            assertHonest(r.status(), r.probabilityOfReaching(), "variant " + seed + ": " + r.unit() + " " + r.milestone());
        }
        for (int milestone : GapAnalysis.reportedMilestones(data)) {
            List<GapRow> at = rows.stream().filter(r -> r.milestone() == milestone).toList();
            CategoryPlot bars = Charts.gaps(data, at, STYLE).getCategoryPlot();
            for (int i = 0; i < bars.getDataset().getColumnCount(); i++) {
                String name = bars.getDataset().getColumnKey(i).toString();
                GapRow row = at.stream().filter(r -> r.nameZh().equals(name)).findFirst().orElseThrow();
                assertThat(bars.getRenderer().getItemPaint(0, i)).as("variant %d: the bar of %s %d", seed, name, milestone)
                        .isEqualTo(STYLE.status(row.status()));
            }
        }
        assertReconciled(rows, seed);
        if (seed % 10 == 0) {
            assertReportWords(data, study, seed);
        }
    }

    /** Every county needs at least its rate need and its 治理度 need; the city the sum of its counties'. */
    private static void assertReconciled(List<GapRow> rows, long seed) {
        for (int milestone : rows.stream().map(GapRow::milestone).distinct().toList()) {
            List<GapRow> counties = rows.stream().filter(r -> r.milestone() == milestone && r.unit() instanceof CountyCode)
                    .toList();
            for (GapRow r : counties) {
                String what = "variant " + seed + ": " + r.unit() + " " + milestone;
                assertThat(r.need().bindingKm2PerYear()).as(what)
                        .isGreaterThanOrEqualTo(r.need().degreeKm2PerYear())
                        .isGreaterThanOrEqualTo(r.bauTreatmentKm2PerYear() + r.additionalTreatmentKm2PerYear());
            }
            GapRow city = rows.stream().filter(r -> r.milestone() == milestone && !(r.unit() instanceof CountyCode))
                    .findFirst().orElseThrow();
            assertThat(city.need().bindingKm2PerYear()).as("variant %d: the city %d", seed, milestone).isCloseTo(
                    counties.stream().mapToDouble(r -> r.need().bindingKm2PerYear()).sum(), within(0.01));
        }
    }

    /** The report's tables say the same: each row's status word against the probability printed beside it. */
    private static void assertReportWords(Dataset data, GapAnalysis.Study study, long seed) throws Exception {
        int year = data.requireLatestCompleteYear();
        ReportInputs inputs = new ReportInputs(year, Language.ZH, data, new DataNote("variant " + seed, true), STYLE,
                StandingAnalysis.of(data, year), study.outlook(), study.rows(), GapAnalysis.treatment(data), List.of(),
                Commitments.of(data), List.of(), Map.of(), "test", List.of("report"), VerdictThresholds.DEFAULT);
        String md = new String(AnnualReport.render(inputs).get("report.md"), StandardCharsets.UTF_8);
        Map<String, GapStatus> words = new HashMap<>();
        for (GapStatus status : GapStatus.values()) {
            words.put(Language.ZH.text("status." + status.key()), status);
        }
        List<String> checked = new ArrayList<>();
        for (String line : md.lines().toList()) {
            Matcher m = REPORT_ROW.matcher(line);
            if (m.matches() && words.containsKey(m.group(2))) {
                double p = switch (m.group(1)) {
                    case "<1" -> 0.004;
                    case ">99" -> 0.996;
                    default -> Integer.parseInt(m.group(1)) / 100.0;
                };
                // a printed whole percent is within half a point of the probability
                GapStatus status = words.get(m.group(2));
                if (status == GapStatus.ON_TRACK || status == GapStatus.ACHIEVED) {
                    assertThat(p + 0.005).as("variant %d: %s", seed, line).isGreaterThanOrEqualTo(0.5);
                } else if (status == GapStatus.LIMITED_PROGRESS || status == GapStatus.DETERIORATION) {
                    assertThat(p - 0.005).as("variant %d: %s", seed, line).isLessThan(0.66);
                }
                checked.add(line);
            }
        }
        // the city's and 13 counties' milestone tables, and every milestone's gap table: 42 rows each
        assertThat(checked).as("variant %d: report rows checked", seed).hasSize(2 * 42);
    }
}
