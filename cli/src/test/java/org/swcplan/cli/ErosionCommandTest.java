package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErosionCommandTest {
    private static final String UNITS = "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t,landuse\n"
            + "140829,1,1000,0.04,22.13,10,1,1,1,cropland\n"
            + "140829,1,1000,0.04,22.13,10,0.05,1,1,forest\n"
            + "平陆县,2,1000,0.04,22.13,0,1,1,1,cropland\n";

    @Test
    void unitsBecomeMonitoringRowsReadyForImport(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, UNITS);
        CliRun run = CliRun.of("erosion", "--units", units.toString(), "--year", "2025").exits(ExitCode.OK);
        // 平陆县: 4 km²; one unit very intense (A = 11378.5), the rest slight: rate 75 %
        assertThat(run.out()).isEqualTo("code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,"
                + "erosion_intense_km2,erosion_very_intense_km2,erosion_severe_km2,erosion_wind_km2,"
                + "swc_rate_reported_pct,status,source\n140829,2025,4,0,0,0,1,0,0,75,computed,CSLE: units.csv\n");
        assertThat(run.err()).contains("units: 3 computed");
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, run.out());
        DataFolder data = DataFolder.init(dir.resolve("data"));
        CliRun.of("import", rows.toString(), "--kind", "monitoring", "--into", data.toString()).exits(ExitCode.OK);
    }

    @Test
    void gzippedUnitsGiveTheSameRows(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("u.csv");
        Files.writeString(plain, UNITS);
        Path gz = dir.resolve("u.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(UNITS.getBytes(StandardCharsets.UTF_8));
        }
        String a = CliRun.of("erosion", "--units", plain.toString(), "--year", "2025").exits(ExitCode.OK).out();
        String b = CliRun.of("erosion", "--units", gz.toString(), "--year", "2025").exits(ExitCode.OK).out();
        assertThat(b).isEqualTo(a.replace("CSLE: u.csv", "CSLE: u.csv.gz"));
    }

    @Test
    void aScenarioReportsTheChangeInErosionAndRate(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, UNITS);
        Path rules = dir.resolve("rules.csv");
        Files.writeString(rules, "county,landuse,slope_min,slope_max,factor,value,label\n"
                + "平陆县,cropland,5,25,E,0.084,level terraces\n");
        String out = CliRun.of("erosion", "--units", units.toString(), "--scenario", rules.toString()).exits(ExitCode.OK).out();
        assertThat(out).contains("140829,平陆县,4.00,1.00,0.00,-1.00,75.0000,100.0000,25.0000")
                .contains("140800,全市,4.00,1.00,0.00,-1.00,");
    }

    @Test
    void badUnitsExitThreeWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("bad.csv");
        Files.writeString(units, "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t\n"
                + "140829,-2,1000,0.04,22.13,10,1,1,1\n140899,1,1000,0.04,22.13,10,1,1,1\n140829,1,1000,0.04,x,10,1,1,1\n");
        CliRun run = CliRun.of("erosion", "--units", units.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(units + ":2:2 (area_km2): must not be negative")
                .contains(units + ":3:1 (county): unknown county \"140899\"")
                .contains(units + ":4:5 (slope_length_m): expected a number, found \"x\"");
        CliRun lenient = CliRun.of("erosion", "--units", units.toString(), "--lenient").exits(ExitCode.OK);
        assertThat(lenient.err()).contains("0 computed, 3 rejected");
        assertThat(Files.readAllLines(dir.resolve("bad.csv.rejects.csv"))).hasSize(4);
    }

    @Test
    void negativeSlopeFactorOverridesAndDuplicateColumnsAreLocatedErrors(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("ls.csv");
        Files.writeString(units, "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t,l,s\n"
                + "140829,1,1000,0.04,22.13,10,1,1,1,-1.5,1\n140829,1,1000,0.04,22.13,10,1,1,1,1,-0.2\n");
        assertThat(CliRun.of("erosion", "--units", units.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(units + ":2:10 (l): a slope factor must be a number at least 0, found -1.5")
                .contains(units + ":3:11 (s): a slope factor must be a number at least 0, found -0.2");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "county,area_km2,r,k,slope_length_m,slope_deg,b,e,t,r\n140829,1,1000,0.04,22.13,10,1,1,1,5\n");
        assertThat(CliRun.of("erosion", "--units", twice.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(twice + ":1:10 (r): duplicate column; it is also column 3");
    }

    @Test
    void missingFileAndBadHeaderAreReported(@TempDir Path dir) throws Exception {
        CliRun.of("erosion", "--units", dir.resolve("none.csv").toString()).exits(ExitCode.USAGE);
        Path units = dir.resolve("h.csv");
        Files.writeString(units, "county,area,r\n");
        assertThat(CliRun.of("erosion", "--units", units.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(units + ":1:2 (area): unknown column");
    }

    @Test
    void badOptionsAndUnreadableFilesAreNotInternalErrors(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("u.csv");
        Files.writeString(units, UNITS);
        CliRun.of("erosion", "--units", units.toString(), "--threads", "0").exits(ExitCode.USAGE);
        CliRun.of("erosion", "--units", units.toString(), "--year", "1800").exits(ExitCode.USAGE);
        CliRun.of("erosion", "--units", dir.toString()).exits(ExitCode.USAGE);
        Path gz = dir.resolve("cut.csv.gz");
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(full)) {
            out.write(UNITS.repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = full.toByteArray();
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(CliRun.of("erosion", "--units", gz.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains("cannot be read to its end");
        CliRun.of("scenario", "--template", "--to", "999999").exits(ExitCode.USAGE);
        CliRun.of("scenario", "--calibration", "--paths", "5").exits(ExitCode.USAGE);
        CliRun.of("scenario", "--plan", dir.toString()).exits(ExitCode.USAGE);
    }
}
