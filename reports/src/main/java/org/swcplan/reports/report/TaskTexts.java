package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.model.plan.Bilingual;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskOrigin;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.reports.Language;
import org.swcplan.reports.plan.SectionNumber;

/**
 * A task's texts in the report's language. The English edition shows the English text where the
 * data gives one and otherwise the Chinese in parentheses, so that it never passes Chinese off as
 * English.
 */
final class TaskTexts {
    private TaskTexts() {
    }

    /** The task's text; for one of the plan's body, the section that states it: 正文（二十） / body, section 20. */
    static String task(PlanTask task, Language lang) {
        String text = shown(task.text(), lang);
        if (task.origin() != TaskOrigin.BODY) {
            return text;
        }
        return lang == Language.ZH ? text + "（正文" + task.basis() + "）"
                : text + " (plan body, section " + SectionNumber.arabic(task.basis()) + ")";
    }

    /** Evidence is recorded as written (usually in Chinese): in parentheses in the English edition. */
    static String evidence(TaskProgress progress, Language lang) {
        String evidence = progress.evidence();
        return lang == Language.ZH || evidence.isEmpty() || evidence.chars().allMatch(ch -> ch < 0x2E80)
                ? evidence : "(" + evidence + ")";
    }

    /** One of the task's lead units, named in Chinese, in the report's language. */
    static String unit(PlanTask task, String unitZh, Language lang) {
        Bilingual unit = task.lead().stream().filter(u -> u.zh().equals(unitZh)).findFirst()
                .orElse(Bilingual.chineseOnly(unitZh));
        return shown(unit, lang);
    }

    static String cooperating(PlanTask task, Language lang) {
        List<String> units = task.cooperating().stream().map(u -> shown(u, lang)).toList();
        return lang == Language.ZH ? String.join(PlanTask.UNIT_SEPARATOR, units)
                : String.join(PlanTask.UNIT_SEPARATOR_EN, units);
    }

    private static String shown(Bilingual text, Language lang) {
        if (lang == Language.ZH) {
            return text.zh();
        }
        return text.translated() ? text.en() : "(" + text.zh() + ")";
    }
}
