package org.swcplan.datasets.geojson;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.TextDecoding;
import org.swcplan.model.region.CountyBoundary.LonLat;
import org.swcplan.model.region.CountyBoundary.Polygon;
import org.swcplan.model.region.CountyBoundary.Ring;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, UTF-8) of Polygon and MultiPolygon features.
 * Every problem is located like a CSV reader's, {@code file:line:column (path): message}, the
 * path being the JSON member's ({@code features[3].geometry.type}); a feature with a problem is
 * left out, and reading goes on to the next one. Members other than those read are ignored, as
 * RFC 7946 allows.
 */
public final class GeoJson {
    /** Gson's reader names its place as " at line L column C path P". */
    private static final Pattern PLACE = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S+)");

    private GeoJson() {
    }

    /**
     * One feature of the collection.
     *
     * @param line       where the feature's object starts, 1-based
     * @param id         the feature's {@code id}, as text, if it has one
     * @param properties the feature's properties that are strings or numbers, as text (numbers as written)
     */
    public record Feature(long line, int column, String path, Optional<String> id, Map<String, String> properties,
                          List<Polygon> polygons) {
        public Feature {
            properties = Map.copyOf(properties);
            polygons = List.copyOf(polygons);
        }
    }

    /** The file's valid features, in file order; every problem found goes to {@code errors}. */
    public static List<Feature> read(String file, byte[] bytes, DataErrors errors) {
        TextDecoding.Decoded decoded = TextDecoding.decode(file, bytes, Optional.of(StandardCharsets.UTF_8));
        if (!decoded.errors().isEmpty()) {
            decoded.errors().forEach(errors::add);
            return List.of();
        }
        JsonReader json = new JsonReader(new StringReader(decoded.text()));
        json.setStrictness(Strictness.STRICT);
        Reading reading = new Reading(file, decoded.text(), json, errors);
        try {
            return reading.collection();
        } catch (MalformedJsonException | EOFException e) {
            reading.syntaxError(e);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the file: line, column and the JSON path of the value there. */
    private record Place(long line, int column, String path) {
        String member() {
            return path.startsWith("$.") ? path.substring(2) : path.equals("$") ? "" : path.substring(1);
        }
    }

    /**
     * Nested coordinate arrays as read, before the geometry's type says how deep they must be: a
     * position (its numbers) or an array of further arrays.
     */
    private record Coordinates(Place place, double[] position, List<Coordinates> items) {
        int depth() {
            return position != null ? 0 : items.isEmpty() ? 1 : 1 + items.get(0).depth();
        }
    }

    /** The state of one read: the reader, and the problems found so far. */
    private static final class Reading {
        private final String file;
        private final String text;
        /** Offset in the text of each line's first character. */
        private final List<Integer> lineStarts = new ArrayList<>(List.of(0));
        private final JsonReader json;
        private final DataErrors errors;

        Reading(String file, String text, JsonReader json, DataErrors errors) {
            this.file = file;
            this.text = text;
            this.json = json;
            this.errors = errors;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        List<Feature> collection() throws IOException {
            Place start = place();
            if (!expect(JsonToken.BEGIN_OBJECT, "a GeoJSON object")) {
                return List.of();
            }
            json.beginObject();
            int before = errors.size();
            Optional<String> type = Optional.empty();
            List<Feature> features = null;
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "type" -> type = text("\"FeatureCollection\"");
                    case "features" -> features = features();
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                error(place(), "unexpected content after the GeoJSON object");
            }
            if (type.isEmpty() || !type.get().equals("FeatureCollection")) {
                if (type.isPresent() || errors.size() == before) {
                    error(start, type.map(t -> "expected a \"FeatureCollection\", found a \"" + t + "\"")
                            .orElse("expected a FeatureCollection: the object has no \"type\""));
                }
                return List.of();
            }
            if (features == null && errors.size() == before) {
                error(start, "the FeatureCollection has no \"features\" array");
            }
            return features == null ? List.of() : features;
        }

        private List<Feature> features() throws IOException {
            if (!expect(JsonToken.BEGIN_ARRAY, "an array of features")) {
                return List.of();
            }
            List<Feature> features = new ArrayList<>();
            json.beginArray();
            while (json.hasNext()) {
                feature().ifPresent(features::add);
            }
            json.endArray();
            return features;
        }

        private Optional<Feature> feature() throws IOException {
            Place start = place();
            if (!expect(JsonToken.BEGIN_OBJECT, "a feature object")) {
                return Optional.empty();
            }
            int before = errors.size();
            json.beginObject();
            Optional<String> type = Optional.empty();
            Optional<String> id = Optional.empty();
            Map<String, String> properties = new LinkedHashMap<>();
            Optional<List<Polygon>> polygons = Optional.empty();
            boolean hasGeometry = false;
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "type" -> type = text("\"Feature\"");
                    case "id" -> id = scalar();
                    case "properties" -> properties(properties);
                    case "geometry" -> {
                        hasGeometry = true;
                        polygons = geometry();
                    }
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (type.isPresent() && !type.get().equals("Feature")) {
                error(start, "expected a \"Feature\", found a \"" + type.get() + "\"");
            } else if (type.isEmpty() && errors.size() == before) {
                error(start, "expected a Feature: the object has no \"type\"");
            }
            if (!hasGeometry) {
                error(start, "the feature has no \"geometry\"");
            }
            if (errors.size() > before || polygons.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Feature(start.line(), start.column(), start.member(), id, properties, polygons.get()));
        }

        /** A feature's properties that are strings or numbers; a null member is no properties. */
        private void properties(Map<String, String> properties) throws IOException {
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                return;
            }
            if (!expect(JsonToken.BEGIN_OBJECT, "an object of properties or null")) {
                return;
            }
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                JsonToken token = json.peek();
                if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
                    properties.put(name, json.nextString());
                } else {
                    json.skipValue();
                }
            }
            json.endObject();
        }

        /** The geometry's polygons: one for a Polygon, each of a MultiPolygon's. */
        private Optional<List<Polygon>> geometry() throws IOException {
            Place start = place();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                error(start, "the feature's geometry is null: a county needs an outline");
                return Optional.empty();
            }
            if (!expect(JsonToken.BEGIN_OBJECT, "a geometry object")) {
                return Optional.empty();
            }
            json.beginObject();
            int before = errors.size();
            Optional<String> type = Optional.empty();
            Place typePlace = start;
            Coordinates coordinates = null;
            while (json.hasNext()) {
                String name = json.nextName();
                switch (name) {
                    case "type" -> {
                        typePlace = place();
                        type = text("\"Polygon\" or \"MultiPolygon\"");
                    }
                    case "coordinates" -> coordinates = coordinates();
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (errors.size() > before) {
                return Optional.empty(); // what is wrong is said: one error, not its consequences
            }
            if (type.isEmpty()) {
                error(start, "the geometry has no \"type\"");
                return Optional.empty();
            }
            if (!type.get().equals("Polygon") && !type.get().equals("MultiPolygon")) {
                error(typePlace, "expected a \"Polygon\" or \"MultiPolygon\", found a \"" + type.get() + "\"");
                return Optional.empty();
            }
            if (coordinates == null) {
                error(start, "the " + type.get() + " has no \"coordinates\"");
                return Optional.empty();
            }
            return type.get().equals("Polygon") ? polygon(coordinates).map(List::of) : multiPolygon(coordinates);
        }

        private Optional<List<Polygon>> multiPolygon(Coordinates coordinates) {
            if (!depth(coordinates, 3, "an array of polygons (arrays of rings)")) {
                return Optional.empty();
            }
            List<Polygon> polygons = new ArrayList<>();
            boolean valid = true;
            for (Coordinates polygon : coordinates.items()) {
                Optional<Polygon> read = polygon(polygon);
                valid &= read.isPresent();
                read.ifPresent(polygons::add);
            }
            return valid ? Optional.of(polygons) : Optional.empty();
        }

        private Optional<Polygon> polygon(Coordinates coordinates) {
            if (!depth(coordinates, 2, "an array of rings (arrays of positions)")) {
                return Optional.empty();
            }
            List<Ring> rings = new ArrayList<>();
            for (Coordinates ring : coordinates.items()) {
                ring(ring).ifPresent(rings::add);
            }
            return rings.size() == coordinates.items().size()
                    ? Optional.of(new Polygon(rings.get(0), rings.subList(1, rings.size()))) : Optional.empty();
        }

        /** A linear ring: four positions or more, the last repeating the first (dropped here). */
        private Optional<Ring> ring(Coordinates ring) {
            List<Coordinates> positions = ring.items();
            if (positions.size() < 4) {
                error(ring.place(), "a ring needs at least 4 positions (the last repeating the first), found "
                        + positions.size());
                return Optional.empty();
            }
            List<LonLat> points = new ArrayList<>();
            for (Coordinates position : positions) {
                double lon = position.position()[0];
                double lat = position.position()[1];
                if (Double.isNaN(lon)) {
                    return Optional.empty(); // a malformed position, reported where it was read
                }
                if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                    error(position.place(), "expected longitude -180..180 and latitude -90..90 in degrees, found ["
                            + position.position()[0] + ", " + position.position()[1] + "]");
                    return Optional.empty();
                }
                points.add(new LonLat(lon, lat));
            }
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                error(positions.get(positions.size() - 1).place(),
                        "the ring is not closed: its last position must repeat the first");
                return Optional.empty();
            }
            points.remove(points.size() - 1);
            if (points.stream().distinct().count() < 3) {
                error(ring.place(), "a ring needs at least 3 distinct corners");
                return Optional.empty();
            }
            return Optional.of(new Ring(points));
        }

        private boolean depth(Coordinates coordinates, int depth, String expected) {
            if (coordinates.depth() != depth || coordinates.items().isEmpty()) {
                error(coordinates.place(), "expected " + expected);
                return false;
            }
            return true;
        }

        /** A coordinates array, nested to any depth; each position two or three numbers. */
        private Coordinates coordinates() throws IOException {
            Place start = place();
            if (!expect(JsonToken.BEGIN_ARRAY, "an array of coordinates")) {
                return new Coordinates(start, null, List.of());
            }
            json.beginArray();
            if (json.peek() == JsonToken.NUMBER) {
                List<Double> numbers = new ArrayList<>();
                boolean numeric = true;
                while (json.hasNext()) {
                    if (json.peek() != JsonToken.NUMBER) {
                        error(place(), "expected a number in a position, found " + describe(json.peek()));
                        json.skipValue();
                        numeric = false;
                        continue;
                    }
                    numbers.add(json.nextDouble());
                }
                json.endArray();
                if (!numeric) {
                    numbers = List.of(Double.NaN, Double.NaN);
                } else if (numbers.size() < 2 || numbers.size() > 3) {
                    error(start, "a position is longitude, latitude and perhaps altitude, found " + numbers.size()
                            + (numbers.size() == 1 ? " number" : " numbers"));
                    numbers = List.of(Double.NaN, Double.NaN);
                }
                return new Coordinates(start, new double[] {numbers.get(0), numbers.get(1)}, List.of());
            }
            List<Coordinates> items = new ArrayList<>();
            while (json.hasNext()) {
                Coordinates item = coordinates();
                if (!items.isEmpty() && item.depth() != items.get(0).depth()) {
                    error(item.place(), "arrays of coordinates nested to different depths");
                }
                items.add(item);
            }
            json.endArray();
            return new Coordinates(start, null, items);
        }

        /** A string member's value; anything else is an error and skipped. */
        private Optional<String> text(String expected) throws IOException {
            if (!expect(JsonToken.STRING, expected)) {
                return Optional.empty();
            }
            return Optional.of(json.nextString());
        }

        /** A string or number as text (a number as written); anything else is skipped. */
        private Optional<String> scalar() throws IOException {
            JsonToken token = json.peek();
            if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
                return Optional.of(json.nextString());
            }
            json.skipValue();
            return Optional.empty();
        }

        /** Whether the next value is of the token; if not, an error and the value skipped. */
        private boolean expect(JsonToken token, String expected) throws IOException {
            JsonToken found = json.peek();
            if (found == token) {
                return true;
            }
            error(place(), "expected " + expected + ", found " + describe(found));
            if (found != JsonToken.END_DOCUMENT) {
                json.skipValue();
            }
            return false;
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case BEGIN_ARRAY -> "an array";
                case BEGIN_OBJECT -> "an object";
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                case END_DOCUMENT -> "the end of the file";
                default -> token.toString();
            };
        }

        /** Where the next value starts. */
        private Place place() throws IOException {
            JsonToken token = json.peek();
            Place after = place(json.toString());
            if (after.line() < 1 || after.line() > lineStarts.size()) {
                return after;
            }
            int lineStart = lineStarts.get((int) after.line() - 1);
            int next = Math.min(text.length(), lineStart + after.column() - 1);
            // a peek reads past an opening bracket or quote, and past some literals and numbers but not others
            int start = switch (token) {
                case BEGIN_OBJECT, BEGIN_ARRAY, STRING -> next - 1;
                case NUMBER, BOOLEAN, NULL -> literalStart(next, lineStart);
                default -> next;
            };
            return new Place(after.line(), Math.max(1, start - lineStart + 1), after.path());
        }

        /** The start of the number or literal that ends at, or starts at, {@code next}. */
        private int literalStart(int next, int lineStart) {
            int start = next;
            while (start > lineStart && isLiteral(text.charAt(start - 1))) {
                start--;
            }
            return start;
        }

        private static boolean isLiteral(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-' || c == '+';
        }

        private static Place place(String described) {
            Matcher m = PLACE.matcher(described);
            return m.find() ? new Place(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))
                    : new Place(0, 0, "$");
        }

        private void error(Place place, String message) {
            errors.add(file, place.line(), place.column(), place.member(), message);
        }

        /** Not JSON at all: one error where the reader gave up. */
        void syntaxError(IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            Matcher m = PLACE.matcher(message);
            boolean placed = m.find();
            // the reader stops just past the character it could not take
            Place place = placed ? new Place(Long.parseLong(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - 1),
                    m.group(3)) : new Place(0, 0, "$");
            String reason = placed ? message.substring(0, m.start()) : message;
            if (e instanceof EOFException) {
                reason = "the file ends before the JSON does";
            } else if (reason.startsWith("Use JsonReader.setStrictness")) {
                reason = "not valid JSON (strict JSON has no comments, unquoted names, single quotes or NaN)";
            } else {
                reason = "not valid JSON: " + (reason.isEmpty() ? "" : reason.substring(0, 1).toLowerCase(Locale.ROOT)
                        + reason.substring(1));
            }
            error(place, reason);
        }
    }
}
