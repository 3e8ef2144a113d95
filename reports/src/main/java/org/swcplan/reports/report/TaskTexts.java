package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.model.plan.Bilingual;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.reports.Language;

/**
 * A task's texts in the report's language. The English edition shows the English text where the
 * data gives one and otherwise the Chinese in parentheses, so that it never passes Chinese off as
 * English.
 */
final class TaskTexts {
    private TaskTexts() {
    }

    static String task(PlanTask task, Language lang) {
        return shown(task.text(), lang);
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
