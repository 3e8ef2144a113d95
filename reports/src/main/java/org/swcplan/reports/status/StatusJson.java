package org.swcplan.reports.status;

import java.io.IOException;
import java.io.Writer;
import org.swcplan.model.standing.Standing;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
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
        out.write("  \"rows\": ");
        Column.writeJsonArray(StatusColumn.ALL, standing.rows(), "  ", out);
        out.write("\n}\n");
        out.flush();
    }
}
