package org.swcplan.reports.status;

import java.io.IOException;
import java.io.Writer;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.text.CsvLines;

/** The status as CSV: a header, one row per county, then the {@code CITY} row. */
public final class StatusCsv {
    private StatusCsv() {
    }

    public static void write(Standing standing, Writer out) throws IOException {
        CsvLines.write(out, StatusColumn.keys());
        for (UnitStanding row : standing.rows()) {
            CsvLines.write(out, StatusColumn.ALL.stream().map(c -> c.value().apply(row)).toList());
        }
        out.flush();
    }
}
