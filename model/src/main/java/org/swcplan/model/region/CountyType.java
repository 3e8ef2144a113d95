package org.swcplan.model.region;

import java.util.Arrays;

/** The kind of county-level unit (区, 县, 县级市). */
public enum CountyType {
    DISTRICT("district"), COUNTY("county"), COUNTY_LEVEL_CITY("county-level city");

    private final String label;

    CountyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CountyType fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "county type must be one of district, county, county-level city; was " + text));
    }
}
