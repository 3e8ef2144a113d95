package org.swcplan.reports.result;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;

/**
 * A result as one JSON envelope, the same for every command: {@code schema}, {@code data_source},
 * {@code illustrative}, {@code parameters}, {@code notes} (English: the result's, then its sections'), {@code rows} (the first
 * section), then each further section under its key. Numbers are written as the CSV writes them
 * (an empty number is null), booleans as true/false. Written with Gson's streaming writer.
 */
public final class JsonRenderer {
    private JsonRenderer() {
    }

    /** Gson's streaming writer as every JSON output is written: two-space indents, no HTML escapes. */
    static JsonWriter writer(Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        return json;
    }

    /** The name a data section goes under: {@code rows} for the first, its key for the others. */
    static String name(Result result, int section) {
        return section == 0 ? "rows" : result.dataSections().get(section).key();
    }

    public static void write(Result result, Writer out) throws IOException {
        JsonWriter json = writer(out);
        json.beginObject();
        json.name("schema").value(result.schema());
        json.name("data_source").value(result.data().source());
        json.name("illustrative").value(result.data().illustrative());
        json.name("parameters").beginObject();
        for (Parameter parameter : result.parameters()) {
            json.name(parameter.name());
            Object value = parameter.value();
            if (value instanceof String text) {
                json.value(text);
            } else if (value instanceof Boolean flag) {
                json.value(flag);
            } else {
                json.value((Number) value);
            }
        }
        json.endObject();
        json.name("notes").beginArray();
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        result.notes().forEach(n -> notes.add(n.in(Language.EN)));
        result.sections().forEach(section -> section.notes().forEach(n -> notes.add(n.in(Language.EN))));
        for (String note : notes) {
            json.value(note);
        }
        json.endArray();
        for (int s = 0; s < result.dataSections().size(); s++) {
            json.name(name(result, s));
            rows(result.dataSections().get(s), result.data().cityCode(), json);
        }
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private static <T> void rows(Section<T> section, String cityCode, JsonWriter json) throws IOException {
        json.beginArray();
        for (T row : section.rows()) {
            json.beginObject();
            for (Column<T> column : section.columns()) {
                json.name(column.key());
                String cell = column.cell(row, cityCode);
                switch (column.kind()) {
                    case NUMBER -> {
                        if (cell.isEmpty()) {
                            json.nullValue();
                        } else {
                            json.jsonValue(cell);
                        }
                    }
                    case BOOLEAN -> json.value(Boolean.parseBoolean(cell));
                    default -> json.value(cell);
                }
            }
            json.endObject();
        }
        json.endArray();
    }
}
