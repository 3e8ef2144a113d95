package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** Progress of one of the plan's key tasks. */
public enum TaskStatus implements Keyed {
    NOT_STARTED, IN_PROGRESS, DONE;

    public static TaskStatus fromKey(String text) {
        return Keyed.parse(TaskStatus.class, "status", text);
    }
}
