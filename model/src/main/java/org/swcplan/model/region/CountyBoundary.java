package org.swcplan.model.region;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.swcplan.model.Checks;

/**
 * A county's outline for maps: one or more polygons (a county with an exclave has two) in degrees
 * of longitude and latitude. Schematic: simplified, for reference only, never for measuring areas.
 */
public record CountyBoundary(CountyCode county, List<Polygon> polygons) {
    public CountyBoundary {
        Objects.requireNonNull(county, "county");
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("the boundary of " + county + " has no polygon");
        }
    }

    /** A point, degrees east and north. */
    public record LonLat(double lonDeg, double latDeg) {
        public LonLat {
            Checks.within("lon_deg", lonDeg, -180, 180);
            Checks.within("lat_deg", latDeg, -90, 90);
        }
    }

    /** A closed ring's corners, the first not repeated at the end. */
    public record Ring(List<LonLat> points) {
        public Ring {
            points = List.copyOf(points);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a ring needs at least 3 distinct corners, had " + points.size());
            }
        }
    }

    /** An outer ring and the holes cut out of it. */
    public record Polygon(Ring outer, List<Ring> holes) {
        public Polygon {
            Objects.requireNonNull(outer, "outer");
            holes = List.copyOf(holes);
        }
    }

    /** Every ring, outer rings and holes, in order. */
    public List<Ring> rings() {
        return polygons.stream().flatMap(p -> Stream.concat(Stream.of(p.outer()), p.holes().stream())).toList();
    }
}
