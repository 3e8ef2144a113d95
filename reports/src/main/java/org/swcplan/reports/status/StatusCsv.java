package org.swcplan.reports.status;

import java.io.IOException;
import java.io.Writer;
import org.swcplan.model.standing.Standing;
import org.swcplan.reports.text.Column;

/** The status as CSV: a header, one row per county, then the {@code CITY} row. */
public final class StatusCsv {
    private StatusCsv() {
    }

    public static void write(Standing standing, Writer out) throws IOException {
        Column.writeCsv(StatusColumn.ALL, standing.rows(), out);
    }
}
