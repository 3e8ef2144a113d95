package org.swcplan.model.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the plan's tasks a responsible unit sees: those it leads and those it supports. A unit
 * is named in full (市水务局) or in part (水务局); a county government (夏县人民政府) also sees the
 * tasks given to every county or to the counties concerned (各县（市、区）/ 相关县（市、区）人民政府).
 */
public final class TaskFilter {
    private static final Pattern ALL_COUNTIES = Pattern.compile("(各|相关)县?（市、区）人民政府");
    private static final Pattern COUNTY_GOVERNMENT = Pattern.compile(".+[县市区]人民政府");

    private TaskFilter() {
    }

    /** How a unit takes part in a task. */
    public enum Role { LEAD, SUPPORT }

    /** A task and the role the asked-for unit has in it. */
    public record Assignment(PlanTask task, Role role) {
    }

    /** The unit's tasks in number order; a task it both leads and supports counts as led. */
    public static List<Assignment> forUnit(List<PlanTask> tasks, String unit) {
        return tasks.stream().map(t -> role(t, unit.strip()).map(r -> new Assignment(t, r)))
                .flatMap(Optional::stream).toList();
    }

    static Optional<Role> role(PlanTask task, String unit) {
        if (task.leadUnits().stream().anyMatch(u -> matches(u, unit))) {
            return Optional.of(Role.LEAD);
        }
        if (task.cooperatingUnits().stream().anyMatch(u -> matches(u, unit))) {
            return Optional.of(Role.SUPPORT);
        }
        return Optional.empty();
    }

    static boolean matches(String listed, String asked) {
        if (listed.contains(asked)) {
            return true;
        }
        boolean askedIsCounty = COUNTY_GOVERNMENT.matcher(asked).matches();
        return askedIsCounty && ALL_COUNTIES.matcher(listed).find();
    }
}
