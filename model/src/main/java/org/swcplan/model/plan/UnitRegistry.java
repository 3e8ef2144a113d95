package org.swcplan.model.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swcplan.model.Spelling;
import org.swcplan.model.UnknownName;
import org.swcplan.model.region.City;
import org.swcplan.model.region.County;

/**
 * The plan's responsible units: every unit its tasks name as lead or cooperating, each county's
 * government (夏县人民政府, from the dataset's counties) and the city's government (运城市人民政府,
 * which is not a county's). A unit asked for by name is found here, in Chinese or English, in full
 * or by an unambiguous part that names a body (水务局); anything else is refused with suggestions.
 */
public final class UnitRegistry {
    private static final Pattern ALL_COUNTIES = Pattern.compile("各县（市、区）人民政府");
    private static final Pattern RELEVANT_COUNTIES = Pattern.compile("相关县?（市、区）人民政府");
    /** How the name of a body (not a place) ends: a part ending so may stand for the whole name. */
    private static final List<String> BODY_ENDINGS_ZH = List.of("局", "委", "院", "政府", "管委会", "中心", "部门", "厅");
    private static final List<String> BODY_ENDINGS_EN = List.of("bureau", "commission", "procuratorate", "court",
            "government", "governments", "committee", "centre", "center", "department", "departments");
    private static final int MAX_SUGGESTIONS = 3;
    private static final String GOVERNMENT = "人民政府";

    private final List<Unit> units;

    private UnitRegistry(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    /**
     * @param city the city whose government is a unit too; empty when the dataset does not name it
     */
    public static UnitRegistry of(List<PlanTask> tasks, List<County> counties, Optional<City> city) {
        Map<String, Unit> byName = new LinkedHashMap<>();
        city.ifPresent(c -> put(byName, new Unit(Bilingual.of(c.nameZh() + "人民政府", cityGovernmentEn(c.nameEn())),
                UnitKind.CITY_GOVERNMENT, Optional.empty())));
        for (County county : counties) {
            put(byName, new Unit(Bilingual.of(county.nameZh() + "人民政府",
                    county.nameEn().isBlank() ? "" : county.nameEn() + " People's Government"),
                    UnitKind.COUNTY_GOVERNMENT, Optional.of(county.code())));
        }
        String cityGovernment = city.map(c -> c.nameZh() + "人民政府").orElse("");
        for (PlanTask task : tasks) {
            Stream.concat(task.lead().stream(), task.cooperating().stream()).forEach(name -> {
                Unit known = byName.get(name.zh());
                if (known == null) {
                    byName.put(name.zh(), new Unit(name, kindOf(name.zh(), cityGovernment), Optional.empty()));
                } else if (!known.name().translated() && name.translated()) {
                    byName.put(name.zh(), new Unit(name, known.kind(), known.county()));
                }
            });
        }
        return new UnitRegistry(new ArrayList<>(byName.values()));
    }

    /** Every unit: the city's government, the counties' in code order, then the others as the tasks first name them. */
    public List<Unit> all() {
        return units;
    }

    /** The kind of a name listed in a task, where it is not a county's or the city's government. */
    public static UnitKind kindOf(String listed) {
        return kindOf(listed, null);
    }

    /**
     * The unit a name asks for: one whose Chinese or English name it is, else the only one it is
     * part of when it names a body (水务局 for 市水务局; 夏县 names a place, not a body).
     *
     * @throws IllegalArgumentException "unknown unit …; did you mean …?", or naming the units a part
     *                                  could stand for
     */
    public Unit resolve(String asked) {
        String zh = normalise(asked);
        String en = zh.toLowerCase(Locale.ROOT);
        if (zh.isEmpty()) {
            throw new IllegalArgumentException("expected a unit's name, found nothing");
        }
        Optional<Unit> exact = units.stream()
                .filter(u -> normalise(u.zh()).equals(zh) || english(u).equals(en)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Unit> containing = units.stream()
                .filter(u -> normalise(u.zh()).contains(zh) || !english(u).isEmpty() && english(u).contains(en))
                .toList();
        if (containing.size() == 1 && namesABody(zh)) {
            return containing.get(0);
        }
        if (containing.size() > 1 && namesABody(zh)) {
            throw new IllegalArgumentException("unit " + asked.strip() + " could be any of " + names(containing, 5)
                    + "; give one in full");
        }
        List<Unit> suggestions = suggestions(zh, containing);
        if (suggestions.isEmpty() && zh.endsWith(GOVERNMENT) && kindOf(zh) == UnitKind.DEPARTMENT) {
            throw new IllegalArgumentException("unknown unit " + asked.strip() + ": the data has no county (city, "
                    + "district) " + zh.substring(0, zh.length() - GOVERNMENT.length()));
        }
        throw new UnknownName("unknown unit " + asked.strip() + (suggestions.isEmpty()
                ? "; the plan's units are the lead and cooperating units `swc tasks` lists and each county's government"
                : "; did you mean " + names(suggestions, MAX_SUGGESTIONS) + "?"), UnknownName.Thing.UNIT, asked.strip(),
                suggestions.stream().limit(MAX_SUGGESTIONS).map(Unit::zh).toList(), List.of());
    }

    private List<Unit> suggestions(String zh, List<Unit> containing) {
        List<Unit> found = new ArrayList<>(containing);
        units.stream().filter(u -> u.county().isPresent() && !found.contains(u))
                .filter(u -> zh.contains(placeOf(u.zh()))).forEach(found::add);
        String en = zh.toLowerCase(Locale.ROOT);
        // a government is near another only by its place's name (张三县 is far from 夏县, though both are 县人民政府)
        String compared = zh.endsWith(GOVERNMENT) ? placeOf(zh) : zh;
        int limitZh = Math.max(1, compared.length() / 3);
        int limitEn = Math.max(2, en.length() / 4);
        units.stream().filter(u -> !found.contains(u))
                .map(u -> new Near(u, Math.min(zhDistance(zh, u), english(u).isEmpty() ? Integer.MAX_VALUE
                        : Spelling.distance(en, english(u)) * limitZh / limitEn)))
                .filter(n -> n.distance() <= limitZh)
                .sorted(Comparator.comparingInt(Near::distance))
                .forEach(n -> found.add(n.unit()));
        return found.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private record Near(Unit unit, int distance) {
    }

    /**
     * The distance to a unit's Chinese name, or to it without the leading 市 (水利局 is near 市水务局);
     * between two governments, the distance between their places' names.
     */
    private static int zhDistance(String asked, Unit unit) {
        String name = normalise(unit.zh());
        if (asked.endsWith(GOVERNMENT) && name.endsWith(GOVERNMENT)) {
            return Spelling.distance(placeOf(asked), placeOf(name));
        }
        int whole = Spelling.distance(asked, name);
        return name.startsWith("市") && !asked.startsWith("市")
                ? Math.min(whole, Spelling.distance(asked, name.substring(1))) : whole;
    }

    /** The place's own name in its government's: 夏县 in 夏县人民政府. */
    private static String placeOf(String name) {
        return name.endsWith(GOVERNMENT) ? name.substring(0, name.length() - GOVERNMENT.length()) : name;
    }

    private static boolean namesABody(String asked) {
        String en = asked.toLowerCase(Locale.ROOT);
        return BODY_ENDINGS_ZH.stream().anyMatch(asked::endsWith) || BODY_ENDINGS_EN.stream().anyMatch(en::endsWith);
    }

    private static String names(List<Unit> units, int max) {
        String listed = units.stream().limit(max).map(Unit::zh).collect(Collectors.joining(", "));
        return units.size() > max ? listed + ", …" : listed;
    }

    private static String english(Unit unit) {
        return normalise(unit.name().en()).toLowerCase(Locale.ROOT);
    }

    /** Blanks collapsed and trimmed; ASCII parentheses and commas as the plan writes them in Chinese names. */
    private static String normalise(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        boolean chinese = collapsed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? collapsed.replace('(', '（').replace(')', '）').replace(',', '、').replace(" ", "") : collapsed;
    }

    /**
     * @param cityGovernment the city's government's name; empty where the dataset does not name the
     *                       city; null to leave the city's government out of the question
     */
    private static UnitKind kindOf(String listed, String cityGovernment) {
        if (ALL_COUNTIES.matcher(listed).matches()) {
            return UnitKind.ALL_COUNTIES;
        }
        if (RELEVANT_COUNTIES.matcher(listed).matches()) {
            return UnitKind.RELEVANT_COUNTIES;
        }
        // without city.csv the city's government is the one 市人民政府 a task names that no county's is
        if (cityGovernment != null && (listed.equals(cityGovernment)
                || cityGovernment.isEmpty() && listed.endsWith("市" + GOVERNMENT))) {
            return UnitKind.CITY_GOVERNMENT;
        }
        return listed.startsWith("各") ? UnitKind.GROUP : UnitKind.DEPARTMENT;
    }

    private static String cityGovernmentEn(String cityEn) {
        if (cityEn.isBlank()) {
            return "";
        }
        return (cityEn.endsWith(" City") ? cityEn.substring(0, cityEn.length() - " City".length()) : cityEn)
                + " Municipal People's Government";
    }

    private static void put(Map<String, Unit> byName, Unit unit) {
        byName.putIfAbsent(unit.zh(), unit);
    }
}
