package org.swcplan.reports.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskFilter.Reach;
import org.swcplan.model.plan.TaskOrigin;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Text;

/** How a task's origin and reach read, and the notes a list of tasks needs, in either language. */
final class TaskWords {
    private TaskWords() {
    }

    /** 附件 / annex, or 正文（二十） / body §20. */
    static String origin(PlanTask task, Language language) {
        String word = language.text("task_origin." + task.origin().key());
        if (task.origin() != TaskOrigin.BODY) {
            return word;
        }
        return language == Language.ZH ? word + task.basis() : word + " §" + SectionNumber.arabic(task.basis());
    }

    /** Why a county sees a task; nothing where the task names the unit itself or no unit was asked for. */
    static String reach(Reach reach, Language language) {
        return reach == null || reach == Reach.NAMED ? "" : language.text("reach."
                + reach.name().toLowerCase(Locale.ROOT));
    }

    /** What the rows' statuses, progress, origins and reaches need said. */
    static List<Text> notes(List<Assignment> rows) {
        List<Text> notes = new ArrayList<>();
        if (rows.stream().anyMatch(a -> a.task().statusIllustrative())) {
            notes.add(Text.of("Task statuses are illustrative: the data's source says so (“status illustrative”).",
                    "任务状态为示意数据（数据来源注明“status illustrative”）。"));
        }
        if (rows.stream().anyMatch(a -> a.progress().filter(TaskProgress::illustrative).isPresent())) {
            notes.add(Text.of("Task progress (done %, as of, evidence) is illustrative: its source says so.",
                    "任务进展（完成比例、日期、佐证材料）为示意数据（数据来源注明）。"));
        }
        if (rows.stream().anyMatch(a -> a.task().origin() == TaskOrigin.BODY)) {
            notes.add(Text.of("Tasks marked “body” are responsibilities the plan's body states (section cited) that "
                            + "its annex of key tasks does not list.",
                    "标注“正文”的任务为行动计划正文明确、附件重点工作任务分工表未列的责任（注明所在条目）。"));
        }
        if (rows.stream().anyMatch(a -> a.reach() == Reach.AS_ASSIGNED)) {
            notes.add(Text.of("As assigned: the task is given to the relevant counties (cities, districts) and the plan "
                            + "does not name them; whether it falls to this one follows the lead unit's assignment.",
                    "按分工：任务由相关县（市、区）承担，行动计划未点名具体县（市、区），是否承担以牵头单位分工为准。"));
        }
        return notes;
    }
}
