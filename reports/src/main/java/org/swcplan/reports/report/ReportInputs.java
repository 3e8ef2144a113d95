package org.swcplan.reports.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.targets.TargetPlan;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.chart.ChartStyle;

/**
 * Everything the annual report shows, computed beforehand by the model.
 *
 * @param language    the language of the report's text; charts follow {@code style}, which falls
 *                    back to English where no installed font can draw Chinese
 * @param dataset     the data as it stood at the end of the report year
 * @param inputHashes SHA-256 of every input file, by name
 * @param arguments   the command line that made the report, for the manifest
 * @param thresholds  the thresholds the statuses of {@code gaps} were decided with, for the methods
 * @param targets     the yearly targets for the annex, or null for a report without that annex
 * @param docx        whether to write the Word edition ({@code report.docx}) too
 * @param tables      how the tables' CSV files are written
 */
public record ReportInputs(int year, Language language, Dataset dataset, DataNote note, ChartStyle style, Standing standing,
                           RegionOutlook outlook, List<GapRow> gaps, List<TreatmentGapRow> treatmentGaps,
                           List<Allocation> allocations, List<Commitment> commitments, List<String> quality,
                           Map<String, String> inputHashes, String toolVersion, List<String> arguments,
                           VerdictThresholds thresholds, TargetPlan targets, boolean docx, TableFiles tables) {
    public ReportInputs {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(thresholds, "thresholds");
        gaps = List.copyOf(gaps);
        treatmentGaps = List.copyOf(treatmentGaps);
        allocations = List.copyOf(allocations);
        commitments = List.copyOf(commitments);
        quality = List.copyOf(quality);
        inputHashes = Map.copyOf(inputHashes);
        arguments = List.copyOf(arguments);
    }

    /** A report without the Word edition. */
    public ReportInputs(int year, Language language, Dataset dataset, DataNote note, ChartStyle style, Standing standing,
                        RegionOutlook outlook, List<GapRow> gaps, List<TreatmentGapRow> treatmentGaps,
                        List<Allocation> allocations, List<Commitment> commitments, List<String> quality,
                        Map<String, String> inputHashes, String toolVersion, List<String> arguments,
                        VerdictThresholds thresholds, TargetPlan targets) {
        this(year, language, dataset, note, style, standing, outlook, gaps, treatmentGaps, allocations, commitments,
                quality, inputHashes, toolVersion, arguments, thresholds, targets, false, TableFiles.PLAIN);
    }

    /** A report without the yearly targets annex. */
    public ReportInputs(int year, Language language, Dataset dataset, DataNote note, ChartStyle style, Standing standing,
                        RegionOutlook outlook, List<GapRow> gaps, List<TreatmentGapRow> treatmentGaps,
                        List<Allocation> allocations, List<Commitment> commitments, List<String> quality,
                        Map<String, String> inputHashes, String toolVersion, List<String> arguments,
                        VerdictThresholds thresholds) {
        this(year, language, dataset, note, style, standing, outlook, gaps, treatmentGaps, allocations, commitments,
                quality, inputHashes, toolVersion, arguments, thresholds, null, false, TableFiles.PLAIN);
    }

    /** Every milestone of the gap rows, passed and ahead, ascending. */
    public List<Integer> milestones() {
        return gaps.stream().map(GapRow::milestone).distinct().sorted().toList();
    }

    /** The gap rows of one milestone. */
    public List<GapRow> milestoneRows(int milestone) {
        return gaps.stream().filter(g -> g.milestone() == milestone).toList();
    }
}
