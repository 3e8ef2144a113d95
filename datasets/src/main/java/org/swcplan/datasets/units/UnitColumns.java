package org.swcplan.datasets.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.datasets.csv.DataError;

/**
 * Where each field of a land-unit file is: {@code county,area_km2,r,k,slope_length_m,slope_deg,b,e,t}
 * required in any order, {@code l}, {@code s} (given factors that override the computed ones) and
 * {@code landuse} optional.
 */
record UnitColumns(int fields, int county, int area, int r, int k, int slopeLength, int slope, int b, int e, int t,
                   int l, int s, int landUse, List<String> names) {
    static final List<String> REQUIRED = List.of("county", "area_km2", "r", "k", "slope_length_m", "slope_deg", "b", "e", "t");
    static final List<String> OPTIONAL = List.of("l", "s", "landuse");

    static UnitColumns parse(String file, String headerLine, List<DataError> errors) {
        String[] cells = headerLine.replace("\uFEFF", "").split(",", -1);
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            names.add(name.equals("code") ? "county" : name);
        }
        for (int i = 0; i < names.size(); i++) {
            int first = names.indexOf(names.get(i));
            if (first < i && !names.get(i).isEmpty()) {
                // the first would be read and this one silently ignored
                errors.add(new DataError(file, 1, i + 1, cells[i].strip(), "duplicate column; it is also column "
                        + (first + 1)));
            }
            if (!REQUIRED.contains(names.get(i)) && !OPTIONAL.contains(names.get(i))) {
                errors.add(new DataError(file, 1, i + 1, cells[i].strip(), "unknown column; expected "
                        + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL)));
            }
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                errors.add(new DataError(file, 1, names.size() + 1, required, "missing required column"));
            }
        }
        return new UnitColumns(names.size(), names.indexOf("county"), names.indexOf("area_km2"), names.indexOf("r"),
                names.indexOf("k"), names.indexOf("slope_length_m"), names.indexOf("slope_deg"), names.indexOf("b"),
                names.indexOf("e"), names.indexOf("t"), names.indexOf("l"), names.indexOf("s"), names.indexOf("landuse"),
                List.copyOf(names));
    }

    String name(int index) {
        return names.get(index);
    }
}
