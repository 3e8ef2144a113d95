package org.swcplan.model.standing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Every county's standing in a year, in code order, and the city's, which is their area-weighted sum. */
public record Standing(int year, List<UnitStanding> counties, UnitStanding city) {
    public Standing {
        counties = List.copyOf(counties);
        Objects.requireNonNull(city, "city");
    }

    /** The counties followed by the city. */
    public List<UnitStanding> rows() {
        return Stream.concat(counties.stream(), Stream.of(city)).toList();
    }
}
