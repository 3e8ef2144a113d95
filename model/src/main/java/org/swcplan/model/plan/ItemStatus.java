package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** How far one named item of an indicator (a watershed, a pilot county, a plan document) has come. */
public enum ItemStatus implements Keyed {
    PLANNED, IN_PROGRESS, DONE;

    public static ItemStatus fromKey(String text) {
        return Keyed.parse(ItemStatus.class, "status", text);
    }
}
