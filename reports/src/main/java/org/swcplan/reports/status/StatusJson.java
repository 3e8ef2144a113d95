package org.swcplan.reports.status;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Json;

/** The status as JSON: the year, the data note, and one object per county and the city. */
public final class StatusJson {
    private StatusJson() {
    }

    public static void write(Standing standing, DataNote note, Writer out) throws IOException {
        out.write("{\n");
        out.write("  \"year\": " + standing.year() + ",\n");
        out.write("  \"data_source\": " + Json.string(note.source()) + ",\n");
        out.write("  \"illustrative\": " + note.illustrative() + ",\n");
        out.write("  \"rows\": [\n");
        List<UnitStanding> rows = standing.rows();
        for (int r = 0; r < rows.size(); r++) {
            out.write("    {");
            for (int c = 0; c < StatusColumn.ALL.size(); c++) {
                StatusColumn column = StatusColumn.ALL.get(c);
                String value = column.value().apply(rows.get(r));
                out.write((c == 0 ? "" : ", ") + Json.string(column.key()) + ": " + jsonValue(column, value));
            }
            out.write(r == rows.size() - 1 ? "}\n" : "},\n");
        }
        out.write("  ]\n}\n");
        out.flush();
    }

    private static String jsonValue(StatusColumn column, String value) {
        if (!column.numeric()) {
            return Json.string(value);
        }
        return value.isEmpty() ? "null" : value;
    }
}
