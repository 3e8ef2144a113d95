package org.swcplan.reports.result;

import java.util.List;
import java.util.Objects;
import org.swcplan.reports.DataNote;

/**
 * What a command prints, in one shape for every format: the schema that names its layout, where
 * the data came from, the parameters that produced it (method, seed …), notes for people, and one
 * or more sections of rows. The first section is the result's {@code rows}; a CSV holds it alone.
 *
 * @param schema     the layout's name and version, e.g. {@code swc.status/1} (JSON Schema under
 *                   docs/schema)
 */
public record Result(String schema, Text title, DataNote data, List<Parameter> parameters, List<Text> notes,
                     List<Section<?>> sections) {
    public Result {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(data, "data");
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a result needs at least one section");
        }
    }

    public static Result of(String schema, Text title, DataNote data, Section<?>... sections) {
        return new Result(schema, title, data, List.of(), List.of(), List.of(sections));
    }

    public Result withParameters(Parameter... more) {
        return new Result(schema, title, data, List.of(more), notes, sections);
    }

    public Result withNotes(Text... more) {
        return new Result(schema, title, data, parameters, List.of(more), sections);
    }

    public Section<?> main() {
        return sections.get(0);
    }
}
