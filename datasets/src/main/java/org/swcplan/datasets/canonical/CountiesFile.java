package org.swcplan.datasets.canonical;

import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;

/** {@code counties.csv}: one row per county-level unit. */
public final class CountiesFile {
    public static final String NAME = "counties.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("code", "name_zh", "name_en", "type", "tile_row", "tile_col"),
            List.of("tolerable_loss_t_km2_a"));
    /** Loess Plateau tolerable soil loss, t/(km²·a) (SL 190-2007), used where the column is empty. */
    public static final double DEFAULT_TOLERABLE_LOSS = 1000;

    private CountiesFile() {
    }

    public static Parsed<County> read(String file, byte[] bytes, DataErrors errors) {
        return CsvRecords.read(file, bytes, SCHEMA, CountiesFile::county, errors)
                .rejectDuplicates(County::code, "code", errors);
    }

    private static Optional<County> county(Fields f) {
        String code = f.requiredText("code");
        if (!code.isEmpty() && !CountyCode.isValid(code)) {
            f.error("code", "expected a six-digit county code, found \"" + code + "\"");
        }
        String nameZh = f.requiredText("name_zh");
        String nameEn = f.requiredText("name_en");
        CountyType type = f.choice("type", CountyType::fromKey);
        int row = f.requiredInt("tile_row");
        int col = f.requiredInt("tile_col");
        double tolerable = f.optionalDouble("tolerable_loss_t_km2_a").orElse(DEFAULT_TOLERABLE_LOSS);
        if (tolerable <= 0 || tolerable > 2500) {
            f.error("tolerable_loss_t_km2_a", "must be within 1–2500 t/(km²·a), found " + f.text("tolerable_loss_t_km2_a"));
        }
        if (row < 0 || col < 0 || row > 50 || col > 50) {
            f.error(row < 0 || row > 50 ? "tile_row" : "tile_col", "tile position must be within 0–50");
        }
        if (f.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new County(new CountyCode(code), nameZh, nameEn, type, new Tile(row, col), tolerable));
    }
}
