package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/**
 * Where the plan states a task: in the annex's table of 38 key tasks (重点工作任务分工表), or only in
 * its body, as a responsibility a section gives to counties or units that the annex does not list.
 */
public enum TaskOrigin implements Keyed {
    ANNEX, BODY;

    public static TaskOrigin fromKey(String text) {
        return Keyed.parse(TaskOrigin.class, "origin", text);
    }
}
