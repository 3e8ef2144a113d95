package org.swcplan.reports.status;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;
import org.swcplan.reports.text.TextTable;
import org.swcplan.reports.text.TextTable.Align;

/** The status as an aligned terminal table with a title and the data note at its foot. */
public final class StatusTable {
    private StatusTable() {
    }

    public static void write(Standing standing, DataNote note, Writer out) throws IOException {
        List<Column<UnitStanding>> columns = StatusColumn.ALL.stream().filter(c -> !c.key().equals("year")).toList();
        TextTable table = new TextTable(columns.stream().map(Column::heading).toList(),
                columns.stream().map(c -> c.numeric() ? Align.RIGHT : Align.LEFT).toList());
        for (UnitStanding row : standing.counties()) {
            table.row(cells(columns, row));
        }
        table.rule().row(cells(columns, standing.city()));
        out.write("Soil and water conservation status, " + standing.year()
                + " (水土保持率 = (land − erosion) / land; erosion = 轻度 and above; city = sum of areas)\n\n");
        table.write(out);
        out.write("\n" + note.footer() + "\n");
        out.flush();
    }

    private static List<String> cells(List<Column<UnitStanding>> columns, UnitStanding row) {
        return columns.stream().map(c -> display(c, row)).toList();
    }

    /** Areas with thousands separators for reading; everything else as in the CSV. */
    private static String display(Column<UnitStanding> column, UnitStanding row) {
        String value = column.value().apply(row);
        if (column.key().endsWith("_km2") && !value.isEmpty()) {
            return Numbers.grouped(Double.parseDouble(value), 2);
        }
        if (column.key().equals("change_pp")) {
            return Numbers.signed(row.changePp(), 2);
        }
        return value;
    }
}
