package org.swcplan.datasets.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;

/**
 * A lenient import with tens of thousands of rejected rows stays linear: each rejected row's
 * reasons were looked up in the whole error list, 92 s for 100,000 rows (bench/lenient-import.sh,
 * now under 3 s).
 */
class LenientImportScaleTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void sixtyThousandRejectedRowsAreImportedLinearlyWithEachRowsReasons() {
        StringBuilder csv = new StringBuilder("code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,"
                + "erosion_intense_km2,erosion_very_intense_km2,erosion_severe_km2\n");
        int rows = 60_000;
        for (int i = 0; i < rows; i++) {
            // every row after the first repeats its key; every third also has a cell that is not a number
            csv.append("140802,2030,1237.00,").append(i % 3 == 2 ? "n/a" : "100.00").append(",30.00,15.00,8.00,3.00\n");
        }
        Importer.Result result = Importer.run(Kinds.MONITORING, "rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                Optional.empty(), BUNDLED, "monitoring.csv", new Importer.Options(Optional.empty(), false, true));
        assertThat(result.read()).isEqualTo(rows);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(rows - 1);
        assertThat(result.rejects())
                .contains("\n3,rows.csv:3:1 (code): duplicate key 140802 2030 (first on line 2),140802,2030,")
                .contains("\n4,\"rows.csv:4:4 (erosion_light_km2): expected a number, found \"\"n/a\"\"\",140802,")
                .contains("\n60000,rows.csv:60000:1 (code): duplicate key 140802 2030 (first on line 2),140802,")
                .contains("\n60001,\"rows.csv:60001:4 (erosion_light_km2): expected a number");
    }
}
