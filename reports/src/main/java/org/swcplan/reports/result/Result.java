package org.swcplan.reports.result;

import java.util.List;
import java.util.Objects;
import org.swcplan.reports.DataNote;

/**
 * What a command prints, in one shape for every format: the schema that names its layout, where
 * the data came from, the parameters that produced it (method, seed …), notes for people, and one
 * or more sections of rows. The first data section is the result's {@code rows}; a CSV holds it
 * alone. Views (sections for people only) are shown in tables and Markdown where they stand.
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
        if (sections.stream().allMatch(Section::view)) {
            throw new IllegalArgumentException("a result needs at least one data section");
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

    /** The first data section: JSON's {@code rows}, the CSV. */
    public Section<?> main() {
        return dataSections().get(0);
    }

    /** The sections that carry data, in order (views left out). */
    public List<Section<?>> dataSections() {
        return sections.stream().filter(s -> !s.view()).toList();
    }

    /**
     * This result with the data section {@code key} as its main one (e.g. for a CSV of it); its
     * layout is another, so is its schema: {@code swc.gap/1} becomes {@code swc.gap.treatment_degree/1}.
     */
    public Result withMain(String key) {
        Section<?> chosen = sections.stream().filter(s -> !s.view() && s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data section " + key));
        List<Section<?>> reordered = new java.util.ArrayList<>();
        reordered.add(chosen);
        sections.stream().filter(s -> s != chosen).forEach(reordered::add);
        int slash = schema.lastIndexOf('/');
        String renamed = slash < 0 ? schema + "." + key : schema.substring(0, slash) + "." + key + schema.substring(slash);
        return new Result(renamed, title, data, parameters, notes, reordered);
    }
}
