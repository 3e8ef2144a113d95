package org.swcplan.model.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of the plan's tasks a responsible unit sees: those it leads and those it supports. A county
 * government also sees the tasks given to every county (各县（市、区）人民政府) and, of those given to
 * the relevant counties (相关县（市、区）人民政府), the ones whose counties the plan's body names it
 * among, or, where the body names none, every one of them as assigned (按分工).
 */
public final class TaskFilter {
    private TaskFilter() {
    }

    /** How a unit takes part in a task. */
    public enum Role { LEAD, SUPPORT }

    /** How the task reaches a county government: why the county sees it. */
    public enum Reach {
        /** The task names the unit itself. */
        NAMED,
        /** The task is given to every county. */
        ALL_COUNTIES,
        /** The task is given to the relevant counties and the plan's body names this one among them. */
        RELEVANT_NAMED,
        /** The task is given to the relevant counties, which the plan does not name: as assigned. */
        AS_ASSIGNED
    }

    /**
     * A task, the role the asked-for unit has in it, and the task's latest recorded progress.
     *
     * @param role     null when no unit was asked for
     * @param reach    null when no unit was asked for
     * @param progress empty until {@link #withProgress} finds a record
     */
    public record Assignment(PlanTask task, Role role, Reach reach, Optional<TaskProgress> progress) {
        public Assignment {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(progress, "progress");
        }

        public Assignment(PlanTask task, Role role, Reach reach) {
            this(task, role, reach, Optional.empty());
        }

        /** A task listed for no particular unit. */
        public static Assignment unasked(PlanTask task) {
            return new Assignment(task, null, null);
        }

        /** This assignment with its task's latest record of {@code progress}. */
        public Assignment withProgress(List<TaskProgress> progress) {
            return new Assignment(task, role, reach, TaskProgress.latest(progress, task.number()));
        }
    }

    /** The unit's tasks in number order; a task it both leads and supports counts as led. */
    public static List<Assignment> forUnit(List<PlanTask> tasks, Unit unit) {
        return tasks.stream().map(t -> assignment(t, unit)).flatMap(Optional::stream).toList();
    }

    static Optional<Assignment> assignment(PlanTask task, Unit unit) {
        Optional<Reach> lead = reach(task, task.lead(), unit);
        if (lead.isPresent()) {
            return Optional.of(new Assignment(task, Role.LEAD, lead.get()));
        }
        return reach(task, task.cooperating(), unit).map(r -> new Assignment(task, Role.SUPPORT, r));
    }

    /** How the listed units reach the unit, the closest way first (named before all counties before as assigned). */
    private static Optional<Reach> reach(PlanTask task, List<Bilingual> listed, Unit unit) {
        return listed.stream().map(l -> reach(task, l.zh(), unit)).flatMap(Optional::stream)
                .min(Enum::compareTo);
    }

    private static Optional<Reach> reach(PlanTask task, String listed, Unit unit) {
        if (listed.equals(unit.zh())) {
            return Optional.of(Reach.NAMED);
        }
        if (unit.county().isEmpty()) {
            return Optional.empty();
        }
        return switch (UnitRegistry.kindOf(listed)) {
            case ALL_COUNTIES -> Optional.of(Reach.ALL_COUNTIES);
            case RELEVANT_COUNTIES -> task.counties().isEmpty() ? Optional.of(Reach.AS_ASSIGNED)
                    : task.counties().contains(unit.county().get()) ? Optional.of(Reach.RELEVANT_NAMED) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
