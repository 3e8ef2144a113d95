package org.swcplan.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swcplan.datasets.BundledDataset;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class SwcTablesTest {
    private static SwcTables bundled;

    @BeforeAll
    static void load() {
        bundled = SwcTables.bundled();
    }

    @Test
    void everyKindIsAFrameWithCodesAndYearsAsIntAndFiguresAsDouble() {
        for (String kind : SwcTables.kinds()) {
            Table table = bundled.table(kind);
            assertThat(table.rowCount()).as(kind).isPositive();
            for (String column : table.columnNames()) {
                ColumnType type = table.column(column).type();
                if (column.equals("code") || column.equals("year") || column.equals("milestone")
                        || column.equals("last_year") || column.equals("no")) {
                    assertThat(type).as(kind + "." + column).isEqualTo(ColumnType.INTEGER);
                } else if (column.endsWith("_km2") || column.endsWith("_pct") || column.endsWith("_wan")) {
                    assertThat(type).as(kind + "." + column).isEqualTo(ColumnType.DOUBLE);
                }
            }
        }
    }

    @Test
    void monitoringCarriesTheRateOfItsOwnAreasAndTheNameBesideTheCode() {
        Table monitoring = bundled.monitoring();
        assertThat(monitoring.columnNames().subList(0, 3)).containsExactly("code", "name_zh", "year");
        assertThat(monitoring.rowCount()).isEqualTo(13 * 7);
        for (int r = 0; r < monitoring.rowCount(); r++) {
            double land = monitoring.doubleColumn("land_area_km2").getDouble(r);
            double erosion = 0;
            for (String c : List.of("light", "moderate", "intense", "very_intense", "severe", "wind")) {
                erosion += monitoring.doubleColumn("erosion_" + c + "_km2").getDouble(r);
            }
            assertThat(monitoring.doubleColumn("erosion_km2").getDouble(r)).isCloseTo(erosion, within(1e-9));
            assertThat(monitoring.doubleColumn("swc_rate_pct").getDouble(r))
                    .isCloseTo(100 * (land - erosion) / land, within(1e-9));
        }
        assertThat(monitoring.where(monitoring.intColumn("code").isEqualTo(140828)).stringColumn("name_zh").get(0))
                .isEqualTo("夏县");
    }

    @Test
    void resultsHoldCountiesAndTheCityByItsDivisionCode() {
        Table status = bundled.status();
        assertThat(status.rowCount()).isEqualTo(14 * 7);
        Table city = status.where(status.stringColumn("unit_type").isEqualTo("city"));
        assertThat(city.intColumn("code").asSet()).containsExactly(140800);
        assertThat(city.stringColumn("name_zh").asSet()).containsExactly("全市");
        assertThat(city.where(city.intColumn("year").isEqualTo(2024)).doubleColumn("swc_rate_pct").get(0))
                .isEqualTo(77.07);
        Table targets = bundled.targets();
        assertThat(targets.where(targets.stringColumn("unit_type").isEqualTo("city")).intColumn("code").asSet())
                .containsExactly(140800);
        Table gap = bundled.gap();
        assertThat(gap.intColumn("milestone").asSet()).contains(2025, 2030, 2035);
        assertThat(bundled.forecast().stringColumn("method").asSet()).contains("observed");
    }

    @Test
    void eachCallGivesANewTable() {
        Table first = bundled.treatment();
        first.removeColumns("source");
        assertThat(bundled.treatment().columnNames()).contains("source", "treated_km2");
    }

    @Test
    void aDataFolderLoadsLikeTheBundledDataset(@TempDir Path dir) throws Exception {
        BundledDataset bundledFiles = new BundledDataset();
        for (String file : BundledDataset.FILES) {
            Files.write(dir.resolve(file), bundledFiles.read(file).orElseThrow());
        }
        assertThat(SwcTables.load(dir).monitoring().rowCount()).isEqualTo(bundled.monitoring().rowCount());
        assertThatThrownBy(() -> SwcTables.load(dir.resolve("nosuch"))).hasMessageContaining("no such folder");
    }

    @Test
    void anUnknownKindNamesTheNearest() {
        assertThatThrownBy(() -> bundled.table("monitorng")).hasMessageContaining("did you mean monitoring?");
    }
}
