package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.region.Subunit;

/**
 * {@code subunits.csv} (optional): reporting sub-units within counties (运城开发区 within 盐湖区),
 * with the county they roll up into and the body the plan makes responsible for them.
 */
public final class SubunitsFile {
    public static final String NAME = "subunits.csv";
    public static final Schema SCHEMA = Schema.of(List.of("id", "name_zh", "parent"),
            List.of("name_en", "responsible_unit", "source"));

    private SubunitsFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<Subunit> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known,
                                       DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> subunit(f, known), errors)
                .rejectDuplicates(Subunit::id, "id", errors);
    }

    private static Optional<Subunit> subunit(Fields f, KnownCounties known) {
        String id = f.requiredText("id");
        String nameZh = f.requiredText("name_zh");
        var parent = known.read(f, "parent");
        return f.hasErrors() ? Optional.empty() : Optional.of(new Subunit(id, nameZh, f.text("name_en"), parent,
                f.text("responsible_unit"), f.text("source")));
    }
}
