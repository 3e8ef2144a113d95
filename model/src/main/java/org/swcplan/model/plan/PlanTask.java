package org.swcplan.model.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.swcplan.model.Checks;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.CountyCode;

/**
 * One of the plan's key tasks (重点工作任务) with its lead (牵头) and cooperating (配合) units, in
 * Chinese and, where given, in English. Each unit carries its own English name, so the two lists
 * of names always align; a list has English for every unit or for none.
 *
 * @param section     the annex heading the task falls under
 * @param text        the task's wording
 * @param lead        the lead units, at least one
 * @param cooperating the cooperating units, possibly none
 * @param origin      whether the annex lists the task or only the plan's body states it
 * @param basis       the body's section that states the task or names its counties (（二十）), or empty
 * @param counties    the counties the body names for a task given to the relevant counties
 *                    (相关县（市、区）); empty where it names none
 */
public record PlanTask(int number, Bilingual section, Bilingual text, List<Bilingual> lead,
                       List<Bilingual> cooperating, TaskStatus status, String source, TaskOrigin origin,
                       String basis, List<CountyCode> counties) {
    /** The enumeration comma the plan writes between unit names. */
    public static final String UNIT_SEPARATOR = "、";
    /** What separates English unit names (which may hold commas: "county (city, district) …"). */
    public static final String UNIT_SEPARATOR_EN = "; ";

    public PlanTask {
        if (number < 1) {
            throw new IllegalArgumentException("no must be >= 1, was " + number);
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Checks.nonBlank("section_zh", section.zh());
        Checks.nonBlank("task_zh", text.zh());
        lead = units("lead_units", lead);
        cooperating = units("cooperating_units", cooperating);
        if (lead.isEmpty()) {
            throw new IllegalArgumentException("lead_units must name at least one unit");
        }
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source;
        Objects.requireNonNull(origin, "origin");
        basis = basis == null ? "" : basis.strip();
        counties = counties.stream().distinct().sorted().toList();
        if (!counties.isEmpty() && Stream.concat(lead.stream(), cooperating.stream())
                .noneMatch(u -> UnitRegistry.kindOf(u.zh()) == UnitKind.RELEVANT_COUNTIES)) {
            throw new IllegalArgumentException("counties are named only for a task given to the relevant counties "
                    + "(相关县（市、区）人民政府), task " + number + " names none");
        }
    }

    /** A task of the annex whose relevant counties, if any, the plan does not name. */
    public PlanTask(int number, Bilingual section, Bilingual text, List<Bilingual> lead, List<Bilingual> cooperating,
                    TaskStatus status, String source) {
        this(number, section, text, lead, cooperating, status, source, TaskOrigin.ANNEX, "", List.of());
    }

    /** A task in Chinese only. */
    public PlanTask(int number, String sectionZh, String taskZh, List<String> leadUnits, List<String> cooperatingUnits,
                    TaskStatus status, String source) {
        this(number, Bilingual.chineseOnly(sectionZh), Bilingual.chineseOnly(taskZh), chineseOnly(leadUnits),
                chineseOnly(cooperatingUnits), status, source);
    }

    /** What a source says where the task's status is invented for illustration. */
    public static final String STATUS_ILLUSTRATIVE = "status " + Dataset.ILLUSTRATIVE;

    /** Whether the task's source says its status is invented for illustration. */
    public boolean statusIllustrative() {
        return source.contains(STATUS_ILLUSTRATIVE);
    }

    public String sectionZh() {
        return section.zh();
    }

    public String taskZh() {
        return text.zh();
    }

    /** The lead units' Chinese names. */
    public List<String> leadUnits() {
        return leadUnits(false);
    }

    /** The cooperating units' Chinese names. */
    public List<String> cooperatingUnits() {
        return cooperatingUnits(false);
    }

    /** The lead units' names in English where the task gives them, else in Chinese. */
    public List<String> leadUnits(boolean english) {
        return lead.stream().map(u -> u.in(english)).toList();
    }

    /** The cooperating units' names in English where the task gives them, else in Chinese. */
    public List<String> cooperatingUnits(boolean english) {
        return cooperating.stream().map(u -> u.in(english)).toList();
    }

    /** The lead units' English names; empty where the task gives none. */
    public List<String> leadUnitsEn() {
        return english(lead);
    }

    /** The cooperating units' English names; empty where the task gives none. */
    public List<String> cooperatingUnitsEn() {
        return english(cooperating);
    }

    /** Whether the section, the task and every unit have English. */
    public boolean translated() {
        return section.translated() && text.translated() && lead.stream().allMatch(Bilingual::translated)
                && cooperating.stream().allMatch(Bilingual::translated);
    }

    /** Unit names joined as each language writes a list of them: 、 in Chinese, "; " in English. */
    public static String joinUnits(List<String> units, boolean english) {
        return String.join(english ? UNIT_SEPARATOR_EN : UNIT_SEPARATOR, units);
    }

    private static List<Bilingual> units(String field, List<Bilingual> units) {
        List<Bilingual> copy = List.copyOf(units);
        for (Bilingual unit : copy) {
            Checks.nonBlank(field, unit.zh());
        }
        long translated = copy.stream().filter(Bilingual::translated).count();
        if (translated > 0 && translated < copy.size()) {
            throw new IllegalArgumentException(field + "_en must name every unit or none: " + translated + " of "
                    + copy.size() + " have English");
        }
        return copy;
    }

    private static List<String> english(List<Bilingual> units) {
        return units.stream().map(Bilingual::en).filter(en -> !en.isEmpty()).toList();
    }

    private static List<Bilingual> chineseOnly(List<String> names) {
        return names.stream().map(Bilingual::chineseOnly).toList();
    }
}
