package org.swcplan.model.plan;

import org.swcplan.model.Keys;

/** Whether a commitment is met, still open, or past its deadline unmet. */
public enum CommitmentStatus {
    MET, OPEN, OVERDUE;

    public String key() {
        return Keys.of(this);
    }
}
