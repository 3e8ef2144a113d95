package org.swcplan.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.datasets.canonical.IndicatorItemsFile;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.ProgressBasis;

/**
 * Cross-checks of the plan's indicators against the ledgers: where an indicator is counted from
 * the treatment ledger or from its named items, the progress indicators.csv reports should be what
 * they add up to. A difference is a warning at the reported cell, naming both figures.
 */
final class IndicatorChecks {
    /** Half the last decimal shown: figures that print alike agree. */
    private static final double TOLERANCE = 0.005;

    private IndicatorChecks() {
    }

    static List<DataError> disagreements(Dataset dataset, Parsed<PlanIndicator> indicators) {
        List<DataError> warnings = new ArrayList<>();
        for (Lined<PlanIndicator> lined : indicators.records()) {
            PlanIndicator indicator = lined.value();
            // the ledger as it stood in the year the progress is reported for: like with like
            Commitment counted = Commitments.indicator(indicator, dataset.upTo(indicator.progressYear()));
            if (counted.basis() == ProgressBasis.REPORTED
                    || Math.abs(counted.progress() - indicator.progress()) < TOLERANCE) {
                continue;
            }
            warnings.add(new DataError(indicators.file(), lined.line(), indicators.columnNumber("progress"), "progress",
                    String.format(Locale.ROOT, "%s reports progress %s as of %d, but %s; the ledger's figure is used",
                            indicator.id(), figure(indicator.progress()), indicator.progressYear(),
                            ledgerSays(indicator, counted))));
        }
        return warnings;
    }

    /**
     * Items marked done before their indicator's counting period began (a 十五五 watershed completed
     * in 2024): listed, but not counted toward it.
     */
    static List<DataError> earlyItems(Dataset dataset, Parsed<IndicatorItem> items) {
        List<DataError> warnings = new ArrayList<>();
        for (Lined<IndicatorItem> lined : items.records()) {
            IndicatorItem item = lined.value();
            dataset.indicators().stream().filter(i -> i.id().equals(item.indicator())).findFirst().ifPresent(i -> {
                if (item.done() && item.completedYear().isPresent() && item.completedYear().getAsInt() < i.countFrom()) {
                    warnings.add(new DataError(items.file(), lined.line(), items.columnNumber("completed"), "completed",
                            "item " + item.id() + " was completed in " + item.completedYear().getAsInt()
                                    + ", before " + i.id() + " counts from " + i.countFrom() + "; it is not counted"));
                }
            });
        }
        return warnings;
    }

    private static String ledgerSays(PlanIndicator indicator, Commitment counted) {
        if (counted.basis() == ProgressBasis.ITEM_LEDGER) {
            return IndicatorItemsFile.NAME + " lists " + figure(counted.progress()) + " of its "
                    + counted.items().size() + " items done";
        }
        int last = Math.min(indicator.deadline(), counted.progressYear());
        return TreatmentFile.NAME + "'s " + indicator.ledger().orElseThrow().key() + " adds up to "
                + figure(counted.progress()) + " for " + indicator.countFrom()
                + (last > indicator.countFrom() ? "–" + last : "");
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
