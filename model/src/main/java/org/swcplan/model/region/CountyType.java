package org.swcplan.model.region;

import org.swcplan.model.Keyed;

/** The kind of county-level unit (区, 县, 县级市). */
public enum CountyType implements Keyed {
    DISTRICT("district"), COUNTY("county"), COUNTY_LEVEL_CITY("county-level city");

    private final String key;

    CountyType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static CountyType fromKey(String text) {
        return Keyed.parse(CountyType.class, "county type", text);
    }
}
