package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** Whether a commitment is met, still open, or past its deadline unmet. */
public enum CommitmentStatus implements Keyed {
    MET, OPEN, OVERDUE;
}
