package org.swcplan.model.plan;

import org.swcplan.model.Keys;

/** Progress of one of the plan's key tasks. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String key() {
        return Keys.of(this);
    }

    public static TaskStatus fromKey(String text) {
        return Keys.parse(TaskStatus.class, "status", text);
    }
}
