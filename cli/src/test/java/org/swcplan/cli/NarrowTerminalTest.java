package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.forecast.ForecastOutput;
import org.swcplan.reports.forecast.ForecastRow;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.status.StatusResult;
import org.swcplan.reports.text.DisplayWidth;

/**
 * At 80 columns (a terminal's usual width, which the commands read from $COLUMNS or the terminal)
 * the tables of status, gap and forecast fit, Chinese counted double, in both languages; with no
 * limit (--wide) every column is there.
 */
class NarrowTerminalTest {
    private static final Dataset DATA = DatasetReader.read(new BundledDataset()).dataset();
    private static final DataNote NOTE = new DataNote("bundled", "内置", true, "140800");

    private static List<Result> results() {
        GapAnalysis.Study study = GapAnalysis.study(DATA, ForecastMethods.auto(), RegionForecaster.Settings.DEFAULT_SEED,
                KSource.CALIBRATED, GapAnalysis.reportedMilestones(DATA), VerdictThresholds.DEFAULT);
        return List.of(StatusResult.of(StandingAnalysis.of(DATA, DATA.requireLatestCompleteYear()), NOTE),
                GapOutput.result(study.rows(), GapAnalysis.treatment(DATA), "auto", VerdictThresholds.DEFAULT, NOTE),
                ForecastOutput.result(study.outlook(), ForecastRow.of(study.outlook(), DATA, s -> true, false), NOTE));
    }

    private static String table(Result result, Language language, int width) throws Exception {
        StringWriter out = new StringWriter();
        Renderers.render(result, Format.TABLE, new RenderOptions(language, width, "\n"), out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noLineIsWiderThanEightyColumnsAndWideShowsEveryColumn(Language language) throws Exception {
        for (Result result : results()) {
            String narrow = table(result, language, 80);
            assertThat(narrow.lines()).as(result.schema()).allSatisfy(line ->
                    assertThat(DisplayWidth.of(line)).as("%s: %s", result.schema(), line).isLessThanOrEqualTo(80));
            String wide = table(result, language, 0);
            assertThat(wide.lines().mapToInt(DisplayWidth::of).max().orElse(0)).as(result.schema())
                    .isGreaterThan(80);
            assertThat(wide).contains("140800");
        }
    }
}
