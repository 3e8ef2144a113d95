package org.swcplan.model.region;

/** What a figure or a target is about: the whole city (prefecture), or one county. */
public sealed interface Scope permits CountyCode, Scope.City {
    /** The city as a whole: the area-weighted sum of all its counties. */
    Scope CITY = new City();

    /** {@code CITY} or the county code, as written in files and reports. */
    String id();

    static Scope parse(String text) {
        if (City.ID.equals(text)) {
            return CITY;
        }
        return new CountyCode(text);
    }

    record City() implements Scope {
        public static final String ID = "CITY";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String toString() {
            return ID;
        }
    }
}
