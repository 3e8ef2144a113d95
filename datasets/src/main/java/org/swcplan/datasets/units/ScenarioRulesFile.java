package org.swcplan.datasets.units;

import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.csle.ScenarioRule;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;

/**
 * CSLE scenario rules: {@code county,landuse,slope_min,slope_max,factor,value,label}, e.g.
 * {@code 140829,cropland,5,25,E,0.084,level terraces}; an empty county or land use means all.
 */
public final class ScenarioRulesFile {
    public static final Schema SCHEMA = Schema.of(List.of("slope_min", "slope_max", "factor", "value"),
            List.of("county", "landuse", "label"));

    private ScenarioRulesFile() {
    }

    /**
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem
     */
    public static List<ScenarioRule> read(String file, byte[] bytes, List<County> counties) {
        KnownCounties known = KnownCounties.of(counties);
        List<CountyCode> order = counties.stream().map(County::code).toList();
        DataErrors errors = new DataErrors();
        List<ScenarioRule> rules = CsvRecords.read(file, bytes, SCHEMA, f -> rule(f, known, order), errors).values();
        errors.throwIfAny();
        return rules;
    }

    private static Optional<ScenarioRule> rule(Fields f, KnownCounties known, List<CountyCode> order) {
        int county = f.text("county").isEmpty() ? -1 : order.indexOf(known.read(f, "county"));
        double min = f.requiredDouble("slope_min");
        double max = f.requiredDouble("slope_max");
        ScenarioRule.Factor factor = f.choice("factor", text -> {
            try {
                return ScenarioRule.Factor.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("factor must be B, E or T; was " + text);
            }
        });
        double value = f.requiredDouble("value");
        if (!f.hasErrors() && (value < 0 || value > 1)) {
            f.error("value", "a CSLE factor must be within 0–1, found " + f.text("value"));
        }
        if (!f.hasErrors() && min > max) {
            f.error("slope_max", "slope_max must not be below slope_min");
        }
        return f.hasErrors() ? Optional.empty()
                : Optional.of(new ScenarioRule(county, f.text("landuse"), min, max, factor, value, f.text("label")));
    }
}
