package org.swcplan.reports.report;

import org.swcplan.model.plan.PlanTask;
import org.swcplan.reports.Language;

/** A task's texts in the report's language. */
final class TaskTexts {
    private TaskTexts() {
    }

    static String task(PlanTask task, Language lang) {
        return task.taskZh();
    }

    /** One of the task's units, named in Chinese in the data, in the report's language. */
    static String unit(PlanTask task, String unitZh, Language lang) {
        return unitZh;
    }

    static String cooperating(PlanTask task, Language lang) {
        return String.join(PlanTask.UNIT_SEPARATOR, task.cooperatingUnits());
    }
}
