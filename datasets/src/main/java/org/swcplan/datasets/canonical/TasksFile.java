package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.Bilingual;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskOrigin;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.model.plan.UnitKind;
import org.swcplan.model.plan.UnitRegistry;
import org.swcplan.model.region.CountyCode;

/**
 * {@code tasks.csv}: the plan's key tasks; units within a cell are separated by 、 as in the plan.
 * Optional English columns give the section, the task and the units; English unit names are
 * separated by "; " and align one to one with the Chinese ones. Optional {@code origin} says whether
 * the annex lists the task ({@code annex}, the default) or only the plan's body states it
 * ({@code body}); {@code basis} cites the body's section that states it or names its counties;
 * {@code counties} names (by code or name, separated by 、) the counties the body gives a task of
 * the relevant counties (相关县（市、区）) to.
 */
public final class TasksFile {
    public static final String NAME = "tasks.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("no", "section_zh", "task_zh", "lead_units"), List.of("cooperating_units", "status", "source",
                    "section_en", "task_en", "lead_units_en", "cooperating_units_en", "origin", "basis",
                    "counties"));

    private TasksFile() {
    }

    /** Reads tasks whose counties are checked for form only. */
    public static Parsed<PlanTask> read(String file, byte[] bytes, DataErrors errors) {
        return read(file, bytes, Optional.empty(), KnownCounties.unchecked(), errors);
    }

    public static Parsed<PlanTask> read(String file, byte[] bytes, KnownCounties counties, DataErrors errors) {
        return read(file, bytes, Optional.empty(), counties, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     * @param counties what the {@code counties} column is checked against
     */
    public static Parsed<PlanTask> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                        DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> task(f, counties), errors)
                .rejectDuplicates(PlanTask::number, "no", errors);
    }

    /**
     * Splits a cell of unit names. The separator inside "各县（市、区）" is part of a name, so only
     * separators outside full-width parentheses split.
     */
    public static List<String> units(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        StringBuilder current = new StringBuilder();
        List<String> units = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth == 0 && cell.startsWith(PlanTask.UNIT_SEPARATOR, i)) {
                units.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        units.add(current.toString().strip());
        return units.stream().filter(u -> !u.isEmpty()).toList();
    }

    /** Splits a cell of English unit names, which are separated by semicolons (their names may hold commas). */
    public static List<String> unitsEn(String cell) {
        return Arrays.stream(cell.split("[;；]")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    private static Optional<PlanTask> task(Fields f, KnownCounties known) {
        int number = f.requiredInt("no");
        if (!f.hasErrors() && number < 1) {
            f.error("no", "task numbers start at 1, found " + number);
        }
        String section = f.requiredText("section_zh");
        String task = f.requiredText("task_zh");
        String leadCell = f.requiredText("lead_units");
        List<String> lead = units(leadCell);
        if (!leadCell.isEmpty() && lead.isEmpty()) {
            f.error("lead_units", "expected at least one unit name, found \"" + leadCell + "\"");
        }
        List<Bilingual> leadUnits = aligned(f, "lead_units", lead);
        List<Bilingual> cooperatingUnits = aligned(f, "cooperating_units", units(f.text("cooperating_units")));
        String statusText = f.text("status");
        TaskStatus status = statusText.isEmpty() ? TaskStatus.NOT_STARTED : f.choice("status", TaskStatus::fromKey);
        TaskOrigin origin = f.text("origin").isEmpty() ? TaskOrigin.ANNEX : f.choice("origin", TaskOrigin::fromKey);
        List<CountyCode> counties = counties(f, known);
        if (!counties.isEmpty() && Stream.concat(lead.stream(), units(f.text("cooperating_units")).stream())
                .noneMatch(u -> UnitRegistry.kindOf(u) == UnitKind.RELEVANT_COUNTIES)) {
            f.error("counties", "names counties for a task that is not given to the relevant counties "
                    + "(相关县（市、区）人民政府); leave it empty");
        }
        if (origin == TaskOrigin.BODY && f.text("basis").isEmpty()) {
            f.error("basis", "a task from the plan's body needs the section that states it, e.g. （二十）");
        }
        return f.hasErrors() ? Optional.empty() : Optional.of(new PlanTask(number,
                Bilingual.of(section, f.text("section_en")), Bilingual.of(task, f.text("task_en")), leadUnits,
                cooperatingUnits, status, f.text("source"), origin, f.text("basis"), counties));
    }

    /** The counties of the {@code counties} cell, each a code or a name, separated by 、 or ; . */
    private static List<CountyCode> counties(Fields f, KnownCounties known) {
        List<CountyCode> codes = new ArrayList<>();
        for (String name : f.text("counties").split("[、;；,，]")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<CountyCode> code = known.resolve(name.strip());
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                f.error("counties", "unknown county \"" + name.strip() + "\" (not in counties.csv)");
            }
        }
        return codes;
    }

    /** Each Chinese unit name with the English one in the same place of the column's English list, if given. */
    private static List<Bilingual> aligned(Fields f, String column, List<String> zh) {
        String english = column + "_en";
        List<String> en = unitsEn(f.text(english));
        if (!en.isEmpty() && en.size() != zh.size()) {
            f.error(english, "names " + en.size() + (en.size() == 1 ? " unit" : " units") + " where " + column
                    + " names " + zh.size() + "; give one English name for each unit, in the same order, separated "
                    + "by \"; \"");
            return List.of();
        }
        return IntStream.range(0, zh.size()).mapToObj(i -> Bilingual.of(zh.get(i), en.isEmpty() ? "" : en.get(i)))
                .toList();
    }
}
