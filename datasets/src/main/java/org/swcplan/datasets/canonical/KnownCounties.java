package org.swcplan.datasets.canonical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.model.Spelling;
import org.swcplan.datasets.csv.Values;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Subunit;

/**
 * The counties of {@code counties.csv}, against which every other file's counties are resolved:
 * by code (140802), full name (盐湖区), short name (盐湖) or pinyin (Yanhu, yanhu qu, Yanhu District),
 * with a suggestion for a near miss ("did you mean 盐湖区?").
 */
public final class KnownCounties {
    /** Suffixes of county-level names and their pinyin, dropped for short names. */
    private static final List<String> PINYIN_SUFFIXES = List.of("", "qu", "xian", "shi", "district", "county", "city");

    private final List<County> counties;
    /** Lookup key → county; keys that would name two counties are left out. */
    private final Map<String, County> byName;
    private final boolean checked;
    /** The reporting sub-units rows may name; empty: sub-unit cells are not checked. */
    private final Optional<List<Subunit>> subunits;

    private KnownCounties(List<County> counties, boolean checked, Optional<List<Subunit>> subunits) {
        this.counties = List.copyOf(counties);
        this.checked = checked;
        this.byName = names(counties);
        this.subunits = subunits.map(List::copyOf);
    }

    private KnownCounties(List<County> counties, boolean checked) {
        this(counties, checked, Optional.empty());
    }

    /** These counties with the reporting sub-units of {@code subunits.csv} (none where it is absent), to check sub-unit cells. */
    public KnownCounties withSubunits(List<Subunit> declared) {
        return checked ? new KnownCounties(counties, true, Optional.of(declared)) : this;
    }

    /**
     * Reads a row's optional sub-unit cell: blank for the county's own row. Where the sub-units are
     * known, an error at the cell for one that is not declared (with a suggestion) or that lies in
     * another county than the row's.
     */
    public String readSubunit(Fields fields, String column, CountyCode county) {
        String text = fields.text(column);
        if (text.isEmpty() || subunits.isEmpty() || county == null) {
            return text;
        }
        Optional<Subunit> declared = subunits.get().stream()
                .filter(u -> u.id().equals(text) || u.nameZh().equals(text)).findFirst();
        if (declared.isEmpty()) {
            String near = subunits.get().stream().filter(u -> u.nameZh().contains(text) || text.contains(u.nameZh())
                    || Spelling.distance(u.id(), text) <= Math.max(1, text.length() / 3)).map(Subunit::id).findFirst()
                    .map(id -> "; did you mean " + id + "?").orElse("");
            fields.error(column, "unknown sub-unit \"" + text + "\" (not in " + SubunitsFile.NAME + ")" + near);
            return text;
        }
        if (!declared.get().parent().equals(county)) {
            fields.error(column, "sub-unit " + declared.get().id() + " lies in " + declared.get().parent() + ", not in "
                    + county);
        }
        return declared.get().id();
    }

    public static KnownCounties of(List<County> counties) {
        return new KnownCounties(counties, true);
    }

    /** Used when counties.csv itself could not be read: codes are checked for form only. */
    public static KnownCounties unchecked() {
        return new KnownCounties(List.of(), false);
    }

    /** Reads a county cell (code or name); records an error for an unknown or malformed one. */
    public CountyCode read(Fields fields, String column) {
        String text = fields.requiredText(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<CountyCode> found = resolve(text);
        if (found.isPresent()) {
            return found.get();
        }
        String normal = Values.normalise(text);
        if (!checked || CountyCode.isValid(normal)) {
            if (!CountyCode.isValid(normal)) {
                fields.error(column, "expected a six-digit county code, found \"" + text + "\"", "notCountyCode", text);
            } else {
                Optional<CountyCode> near = nearestCode(normal);
                fields.error(column, "unknown county code " + normal + " (not in counties.csv)"
                        + near.map(c -> "; did you mean " + c + "?").orElse(""),
                        near.isPresent() ? "unknownCountyCodeMeant" : "unknownCountyCode", normal,
                        near.map(CountyCode::toString).orElse(""));
            }
            return null;
        }
        Optional<County> near = nearest(normal);
        fields.error(column, "unknown county \"" + text + "\"" + near.map(c -> "; did you mean " + c.nameZh() + "?").orElse(""),
                near.isPresent() ? "unknownCountyMeant" : "unknownCounty", text, near.map(County::nameZh).orElse(""));
        return null;
    }

    /** The county a cell names, if any. */
    public Optional<CountyCode> resolve(String text) {
        String normal = Values.normalise(text);
        if (CountyCode.isValid(normal)) {
            CountyCode code = new CountyCode(normal);
            return !checked || counties.stream().anyMatch(c -> c.code().equals(code)) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(byName.get(key(normal))).map(County::code);
    }

    private static Map<String, County> names(List<County> counties) {
        Map<String, Set<County>> owners = new LinkedHashMap<>();
        for (County c : counties) {
            for (String name : aliases(c)) {
                owners.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c);
            }
        }
        Map<String, County> names = new LinkedHashMap<>();
        owners.forEach((name, set) -> {
            if (set.size() == 1) {
                names.put(name, set.iterator().next());
            }
        });
        return names;
    }

    /** Every way a county may be written, as lookup keys. */
    static List<String> aliases(County c) {
        List<String> aliases = new ArrayList<>();
        String zh = c.nameZh();
        aliases.add(key(zh));
        if (zh.length() > 2 && (zh.endsWith("县") || zh.endsWith("区") || zh.endsWith("市"))) {
            aliases.add(key(zh.substring(0, zh.length() - 1)));
        }
        aliases.add(key(c.nameEn()));
        String stem = c.nameEn().toLowerCase(Locale.ROOT).split(" ")[0];
        for (String suffix : PINYIN_SUFFIXES) {
            aliases.add(key(stem + suffix));
        }
        return aliases;
    }

    static String key(String text) {
        return Values.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_]", "");
    }

    /**
     * The county a misspelt name most likely means: the one with a way of writing it (name, name
     * without 县/区/市, English, pinyin) within a third of the name's letters of it, if any.
     */
    public Optional<County> nearest(String text) {
        String wanted = key(text);
        return counties.stream()
                .min(Comparator.comparingInt(c -> aliases(c).stream().mapToInt(a -> Spelling.distance(a, wanted)).min().orElse(99)))
                .filter(c -> aliases(c).stream().mapToInt(a -> Spelling.distance(a, wanted)).min().orElse(99)
                        <= Math.max(1, wanted.length() / 3));
    }

    private Optional<CountyCode> nearestCode(String text) {
        return counties.stream().map(County::code)
                .min(Comparator.comparingInt(c -> differingDigits(c.value(), text)))
                .filter(c -> differingDigits(c.value(), text) == 1);
    }

    private static int differingDigits(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            d += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return d;
    }
}
