package org.swcplan.model.plan;

import java.util.List;
import java.util.Objects;
import org.swcplan.model.Checks;

/** One of the plan's key tasks (重点工作任务) with its lead (牵头) and cooperating (配合) units. */
public record PlanTask(int number, String sectionZh, String taskZh, List<String> leadUnits,
                       List<String> cooperatingUnits, TaskStatus status, String source) {
    /** The enumeration comma the plan writes between unit names. */
    public static final String UNIT_SEPARATOR = "、";

    public PlanTask {
        if (number < 1) {
            throw new IllegalArgumentException("no must be >= 1, was " + number);
        }
        Checks.nonBlank("section_zh", sectionZh);
        Checks.nonBlank("task_zh", taskZh);
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        if (leadUnits.isEmpty()) {
            throw new IllegalArgumentException("lead_units must name at least one unit");
        }
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source;
    }
}
