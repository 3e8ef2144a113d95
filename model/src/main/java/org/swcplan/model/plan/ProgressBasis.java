package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** Where a commitment's progress figure comes from. */
public enum ProgressBasis implements Keyed {
    /** The progress cell of indicators.csv, as reported. */
    REPORTED,
    /** Added up from the treatment ledger over the counting period. */
    TREATMENT_LEDGER,
    /** Counted from the indicator's named items that are done. */
    ITEM_LEDGER,
    /** Measured from the monitoring data (the city's rates and initial treatment). */
    MONITORING
}
