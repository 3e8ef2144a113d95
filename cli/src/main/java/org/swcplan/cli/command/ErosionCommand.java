package org.swcplan.cli.command;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.Progress;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.datasets.exchange.Kinds;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.erosion.ErosionChangeOutput;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Text;
import org.swcplan.datasets.exchange.RejectsFile;
import org.swcplan.datasets.units.LandUnitStream;
import org.swcplan.datasets.units.ScenarioRulesFile;
import org.swcplan.model.Checks;
import org.swcplan.model.Dataset;
import org.swcplan.model.csle.ErosionTally;
import org.swcplan.model.csle.ScenarioRule;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.SwcRate;
import org.swcplan.model.region.County;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code swc erosion}: county erosion areas by class from land units, through the CSLE. */
@Command(name = "erosion", mixinStandardHelpOptions = true,
        description = {"Compute each land unit's soil loss with the CSLE (A = R·K·L·S·B·E·T), class it by SL 190-2007 "
                + "with its county's tolerable loss, and sum areas by class per county: monitoring.csv rows, ready for "
                + "swc import. Streams any size of file (.gz too) on all cores.",
            "Units: county,area_km2,r,k,slope_length_m,slope_deg,b,e,t (optional l, s to override the factors, landuse).",
            "--scenario FILE: rules (county,landuse,slope_min,slope_max,factor,value,label) applied on the fly; the "
                + "output is then the change in erosion area and rate per county."})
public final class ErosionCommand extends ResultCommand {
    @Option(names = "--units", paramLabel = "FILE", required = true, description = "Land units (CSV, or CSV.gz).")
    Path units;

    @Option(names = "--year", paramLabel = "Y",
            description = "Year of the monitoring rows (default: the year after the dataset's latest).")
    Integer year;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Factor rules to apply; reports the change.")
    Path scenario;

    @Option(names = "--lenient", description = "Skip bad units, writing them with line and reason to FILE.rejects.csv.")
    boolean lenient;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        List<County> counties = dataset.counties();
        List<ScenarioRule> rules = scenario == null ? List.of()
                : ScenarioRulesFile.read(scenario.toString(), InputFiles.read(spec, scenario), counties);
        if (!Files.isRegularFile(units)) {
            throw UsageMessages.error(spec, "noSuchFile", units);
        }
        if (threads != null) {
            OptionBounds.require(spec, "--threads", threads, 1, OptionBounds.MAX_THREADS);
        }
        if (year != null && (year < Checks.Years.MIN || year > Checks.Years.MAX)) {
            throw UsageMessages.error(spec, "within", "--year", String.valueOf(Checks.Years.MIN),
                    String.valueOf(Checks.Years.MAX));
        }
        long size = Files.size(units);
        Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "erosion (MB)",
                (int) Math.max(1, size >> 20), root.global());
        long[] reported = {0};
        long started = System.nanoTime();
        LandUnitStream.Result result;
        try (InputStream in = open(units, bytes -> {
            while (reported[0] < bytes >> 20) {
                reported[0]++;
                progress.run();
            }
        })) {
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            result = LandUnitStream.run(units.toString(), in, counties, rules,
                    new LandUnitStream.Options(workers, lenient, b -> { }));
        } catch (ZipException | EOFException e) {
            throw new InvalidDataException(List.of(new DataError(units.toString(), 0, 0, "",
                    "the compressed file cannot be read to its end: " + e.getMessage())));
        }
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        int rowsYear = year != null ? year : dataset.latestCompleteYear().orElse(Checks.Years.MIN - 1) + 1;
        if (lenient) {
            writeRejects(result);
        }
        DataNote note = new DataNote(units.toString(), units.toString(), false, dataset.cityCode().orElse(null));
        Result rows = rules.isEmpty() ? monitoringRows(counties, result.baseline(), rowsYear, note)
                : ErosionChangeOutput.result(changes(counties, result.baseline(), result.scenario()), units.toString(), note);
        emit(rows, Format.CSV); // rows ready for swc import
        tell(String.format(Locale.ROOT, "units: %d computed%s in %.2f s (%.2f million units/s, %.0f MB/s read)",
                result.units(), lenient ? ", " + result.rejectedCount() + " rejected" : "", seconds,
                result.units() / seconds / 1e6, size / seconds / 1e6));
        return ExitCode.OK.code();
    }

    private Result monitoringRows(List<County> counties, ErosionTally tally, int rowsYear, DataNote note) {
        List<AnnualRecord> records = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            if (tally.has(c)) {
                double land = tally.landKm2(c);
                double rate = SwcRate.percent(land, Math.min(land, tally.erosion(c).totalKm2()));
                records.add(new AnnualRecord(counties.get(c).code(), rowsYear, land, tally.erosion(c), 0,
                        OptionalDouble.of(Math.round(rate * 1e6) / 1e6), DataStatus.COMPUTED, "CSLE: " + units.getFileName()));
            }
        }
        return KindResult.of(Kinds.MONITORING, records, Text.of("Monitoring rows from the land units of " + units,
                "由图斑计算的监测数据（" + units + "）"), note);
    }

    private static List<ErosionChangeOutput.Row> changes(List<County> counties, ErosionTally base, ErosionTally scenario) {
        List<ErosionChangeOutput.Row> rows = new ArrayList<>();
        double land = 0;
        double before = 0;
        double after = 0;
        for (int c = 0; c < counties.size(); c++) {
            if (base.has(c)) {
                double l = base.landKm2(c);
                double e0 = base.erosion(c).totalKm2();
                double e1 = scenario.erosion(c).totalKm2();
                rows.add(row(counties.get(c).code().id(), counties.get(c).nameZh(), l, e0, e1));
                land += l;
                before += e0;
                after += e1;
            }
        }
        if (land > 0) {
            rows.add(row(Scope.City.ID, StandingAnalysis.CITY_NAME_ZH, land, before, after));
        }
        return rows;
    }

    private static ErosionChangeOutput.Row row(String code, String name, double land, double before, double after) {
        return new ErosionChangeOutput.Row(code, name, land, before, after, SwcRate.percent(land, Math.min(land, before)),
                SwcRate.percent(land, Math.min(land, after)));
    }

    private void writeRejects(LandUnitStream.Result result) throws IOException {
        AtomicFiles.write(units.resolveSibling(units.getFileName() + ".rejects.csv"),
                RejectsFile.text(result.header(), result.rejected()).getBytes(StandardCharsets.UTF_8));
    }

    /** The file, decompressed if it ends in .gz, counting the bytes read from disk. */
    private static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
        InputStream raw = new FilterInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            private long count;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                    bytesRead.accept(count);
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.accept(++count);
                }
                return b;
            }
        };
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 20) : raw;
        return new BufferedInputStream(in, 1 << 20);
    }

}
