package org.swcplan.datasets.canonical;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;

/** The county codes of {@code counties.csv}, against which every other file's codes are checked. */
public final class KnownCounties {
    private final Set<CountyCode> codes;
    private final boolean checked;

    private KnownCounties(Set<CountyCode> codes, boolean checked) {
        this.codes = codes;
        this.checked = checked;
    }

    public static KnownCounties of(List<County> counties) {
        Set<CountyCode> codes = new TreeSet<>();
        counties.forEach(c -> codes.add(c.code()));
        return new KnownCounties(codes, true);
    }

    /** Used when counties.csv itself could not be read: codes are checked for form only. */
    public static KnownCounties unchecked() {
        return new KnownCounties(Set.of(), false);
    }

    /** Reads a county code cell; records an error for a malformed or unknown code. */
    public CountyCode read(Fields fields, String column) {
        String text = fields.requiredText(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!CountyCode.isValid(text)) {
            fields.error(column, "expected a six-digit county code, found \"" + text + "\"");
            return null;
        }
        CountyCode code = new CountyCode(text);
        if (checked && !codes.contains(code)) {
            fields.error(column, "unknown county code " + text + " (not in counties.csv)" + nearest(text));
            return null;
        }
        return code;
    }

    private String nearest(String text) {
        Optional<CountyCode> best = codes.stream().min(Comparator.comparingInt(c -> differingDigits(c.value(), text)));
        return best.filter(c -> differingDigits(c.value(), text) == 1).map(c -> "; did you mean " + c + "?").orElse("");
    }

    private static int differingDigits(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            d += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return d;
    }
}
