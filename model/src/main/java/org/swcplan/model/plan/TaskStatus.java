package org.swcplan.model.plan;

import java.util.Arrays;
import java.util.Locale;

/** Progress of one of the plan's key tasks. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus fromKey(String text) {
        return Arrays.stream(values()).filter(s -> s.key().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "status must be one of not_started, in_progress, done; was " + text));
    }
}
