package org.swcplan.reports.result;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import org.swcplan.reports.text.Column;

/**
 * The JSON Schema (draft 2020-12) of a result's JSON: the envelope {@link JsonRenderer} writes and,
 * for each section, an object per row with every column, typed as the column's kind (a number
 * column may be null where there is no figure); a section whose columns follow the request allows
 * any columns of those types. The schemas kept under docs/schema are these.
 */
public final class SchemaRenderer {
    private SchemaRenderer() {
    }

    public static void write(Result result, Writer out) throws IOException {
        JsonWriter json = JsonRenderer.writer(out);
        json.beginObject();
        json.name("$schema").value("https://json-schema.org/draft/2020-12/schema");
        json.name("title").value(result.schema());
        json.name("type").value("object");
        json.name("required").beginArray();
        for (String name : new String[] {"schema", "data_source", "illustrative", "parameters", "notes", "rows"}) {
            json.value(name);
        }
        for (int s = 1; s < result.dataSections().size(); s++) {
            json.value(JsonRenderer.name(result, s));
        }
        json.endArray();
        json.name("additionalProperties").value(false);
        json.name("properties").beginObject();
        json.name("schema").beginObject().name("const").value(result.schema()).endObject();
        json.name("data_source").beginObject().name("type").value("string").endObject();
        json.name("illustrative").beginObject().name("type").value("boolean").endObject();
        json.name("parameters").beginObject().name("type").value("object").endObject();
        json.name("notes").beginObject().name("type").value("array")
                .name("items").beginObject().name("type").value("string").endObject().endObject();
        for (int s = 0; s < result.dataSections().size(); s++) {
            json.name(JsonRenderer.name(result, s));
            rows(result.dataSections().get(s), json);
        }
        json.endObject();
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private static <T> void rows(Section<T> section, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("type").value("array");
        json.name("items").beginObject();
        json.name("type").value("object");
        if (section.open()) {
            // the columns follow the request: any name, each a number, text, a flag or null
            json.name("additionalProperties").beginObject().name("type").beginArray().value("number").value("string")
                    .value("boolean").value("null").endArray().endObject();
            json.endObject();
            json.endObject();
            return;
        }
        json.name("additionalProperties").value(false);
        json.name("required").beginArray();
        for (Column<T> column : section.columns()) {
            json.value(column.key());
        }
        json.endArray();
        json.name("properties").beginObject();
        for (Column<T> column : section.columns()) {
            json.name(column.key()).beginObject();
            json.name("description").value(column.heading());
            switch (column.kind()) {
                case NUMBER -> json.name("type").beginArray().value("number").value("null").endArray();
                case BOOLEAN -> json.name("type").value("boolean");
                case UNIT -> json.name("type").value("string").name("pattern").value("^([0-9]+|CITY)$");
                default -> json.name("type").value("string");
            }
            json.endObject();
        }
        json.endObject();
        json.endObject();
        json.endObject();
    }
}
