package org.swcplan.tables.frame;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.forecast.ForecastOutput;
import org.swcplan.reports.forecast.ForecastRow;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.status.StatusColumn;
import org.swcplan.reports.status.StatusResult;
import org.swcplan.reports.text.Column;
import org.swcplan.tables.TableKind;
import tech.tablesaw.api.Table;

/**
 * The results of status, forecast and gap as data frames: the rows and columns their CSV has (the
 * same keys, the same figures), typed, counties and the city ({@code unit_type} tells them apart),
 * with the unit's Chinese name beside its code.
 */
public final class ResultFrames {
    private ResultFrames() {
    }

    /** {@code swc status} for every year in which every county was monitored, oldest first. */
    public static Table status(Dataset dataset) {
        List<List<String>> rows = new ArrayList<>();
        for (int year : dataset.monitoring().stream().mapToInt(AnnualRecord::year).distinct().sorted().toArray()) {
            if (dataset.isComplete(year)) {
                rows.addAll(cells(StatusResult.of(StandingAnalysis.of(dataset, year), note(dataset)).main()));
            }
        }
        return frame(TableKind.STATUS, StatusColumn.ALL, rows, dataset);
    }

    /** The gap report's study as {@code swc gap} makes it by default: every milestone, the default method and seed. */
    public static GapAnalysis.Study study(Dataset dataset) {
        return GapAnalysis.study(dataset, ForecastMethods.auto(), RegionForecaster.Settings.DEFAULT_SEED,
                KSource.CALIBRATED, GapAnalysis.reportedMilestones(dataset), VerdictThresholds.DEFAULT);
    }

    /** The study's business-as-usual forecast, observed years included, to its last milestone. */
    public static Table forecast(GapAnalysis.Study study, Dataset dataset) {
        Section<?> section = ForecastOutput.result(study.outlook(), ForecastRow.of(study.outlook(), dataset, s -> true,
                true), note(dataset)).main();
        return frame(TableKind.FORECAST, section.columns(), cells(section), dataset);
    }

    /** The study's gap rows, every unit and milestone. */
    public static Table gap(GapAnalysis.Study study, Dataset dataset) {
        Section<?> section = GapOutput.result(study.rows(), GapAnalysis.treatment(dataset), study.outlook().method(),
                VerdictThresholds.DEFAULT, note(dataset)).main();
        return frame(TableKind.GAP, section.columns(), cells(section), dataset);
    }

    private static Table frame(TableKind kind, List<? extends Column<?>> columns, List<List<String>> rows,
                               Dataset dataset) {
        List<String> keys = columns.stream().map(Column::key).toList();
        FrameBuilder frame = new FrameBuilder(dataset.cityCode())
                .addAll(keys, columns.stream().map(c -> type(c.kind())).toList(), rows);
        return Names.besideCode(frame, keys, rows, dataset).build(kind.key());
    }

    private static FrameBuilder.Type type(Column.Kind kind) {
        return switch (kind) {
            case NUMBER -> FrameBuilder.Type.NUMBER;
            case BOOLEAN -> FrameBuilder.Type.FLAG;
            case TEXT, UNIT -> FrameBuilder.Type.TEXT;
        };
    }

    /** The cells as the CSV writes them, the city as {@code CITY} (the frame gives it the city's code). */
    private static <T> List<List<String>> cells(Section<T> section) {
        return section.rows().stream().map(row -> section.columns().stream().map(c -> c.cell(row)).toList()).toList();
    }

    private static DataNote note(Dataset dataset) {
        return new DataNote("", "", dataset.isIllustrative(), dataset.cityCode().orElse(null));
    }
}
