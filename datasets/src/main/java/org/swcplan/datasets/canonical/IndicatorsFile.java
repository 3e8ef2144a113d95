package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.plan.IndicatorUnit;
import org.swcplan.model.plan.LedgerFigure;
import org.swcplan.model.plan.PlanIndicator;

/**
 * {@code indicators.csv}: the plan's other quantitative commitments and their progress, each with
 * its counting period (optional {@code count_from}; 2024 where absent) and, optionally, the
 * treatment ledger's figure it is counted from ({@code ledger}: upgraded_terrace_km2,
 * check_dams_new …).
 */
public final class IndicatorsFile {
    public static final String NAME = "indicators.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("id", "name_zh", "unit", "target", "deadline", "progress", "progress_year"),
            List.of("name_en", "unit_zh", "baseline_2023", "source", "count_from", "ledger"));

    private IndicatorsFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<PlanIndicator> read(String file, byte[] bytes, Optional<Charset> encoding, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, IndicatorsFile::indicator, errors)
                .rejectDuplicates(PlanIndicator::id, "id", errors);
    }

    private static Optional<PlanIndicator> indicator(Fields f) {
        String id = f.requiredText("id");
        String nameZh = f.requiredText("name_zh");
        IndicatorUnit unit = f.choice("unit", IndicatorUnit::fromKey);
        double target = f.nonNegative("target");
        int deadline = f.year("deadline", Checks.Years.MIN, Checks.Years.MAX);
        double baseline = f.nonNegativeOrZero("baseline_2023");
        double progress = f.nonNegative("progress");
        int progressYear = f.year("progress_year", Checks.Years.MIN, Checks.Years.MAX);
        int countFrom = f.text("count_from").isEmpty() ? Math.min(PlanIndicator.DEFAULT_COUNT_FROM, deadline)
                : f.year("count_from", Checks.Years.MIN, Checks.Years.MAX);
        if (!f.hasErrors() && countFrom > deadline) {
            f.error("count_from", "the counting period starts in " + countFrom + ", after its deadline " + deadline);
        }
        Optional<LedgerFigure> ledger = f.text("ledger").isEmpty() ? Optional.empty()
                : Optional.ofNullable(f.choice("ledger", LedgerFigure::fromKey));
        return f.hasErrors() ? Optional.empty() : Optional.of(new PlanIndicator(id, nameZh, f.text("name_en"), unit,
                f.text("unit_zh"), target, deadline, baseline, progress, progressYear, f.text("source"), countFrom,
                ledger));
    }
}
