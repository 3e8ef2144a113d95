package org.swcplan.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.SupervisionFile;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.supervision.SupervisionLedger;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.supervision.SupervisionOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code swc supervision}: the supervision ledger of production and construction projects by county and year. */
@Command(name = "supervision", mixinStandardHelpOptions = true,
        description = "The supervision ledger (supervision.csv) of production and construction projects: plans "
                + "approved, remote-sensing patches found and handled, compensation fees, acceptance filings, cases "
                + "opened and closed and the area disturbed, by county and year, with the handling and closure rates; "
                + "tables add each year's city total.")
public final class SupervisionCommand extends ResultCommand {
    @Option(names = "--county", paramLabel = "C", defaultValue = UnitOption.ALL,
            description = "A county (code, Chinese or English name), or all (default).")
    String county;

    @Option(names = "--year", paramLabel = "Y", description = "One year of the ledger (default: every year).")
    Integer year;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        if (dataset.supervision().isEmpty()) {
            String file = data.source().displayName(SupervisionFile.NAME);
            throw new InvalidDataException(List.of(new DataError(file, 0, 0, "", "no supervision ledger: the file is "
                    + "missing or has no rows; write one with swc template --kind supervision")));
        }
        if (Scope.City.ID.equalsIgnoreCase(county)) {
            throw UsageMessages.error(spec, "countyNotCity", county);
        }
        Predicate<Scope> unit = UnitOption.select(spec, "--county", county, dataset);
        if (year != null && dataset.supervision().stream().noneMatch(r -> r.year() == year)) {
            throw UsageMessages.error(spec, "ledgerNoYear", String.valueOf(year), years(dataset, "–"));
        }
        Predicate<SupervisionRecord> wanted = r -> unit.test(r.county()) && (year == null || r.year() == year);
        Optional<County> chosen = county.equalsIgnoreCase(UnitOption.ALL) ? Optional.empty()
                : dataset.counties().stream().filter(c -> unit.test(c.code())).findFirst();
        Text selection = Text.of(chosen.map(County::nameEn).orElse("all counties") + ", "
                        + (year == null ? years(dataset, "–") : year),
                chosen.map(County::nameZh).orElse("各县（市、区）") + "，" + (year == null ? years(dataset, "—") : year) + "年");
        emit(SupervisionOutput.result(SupervisionLedger.counties(dataset, wanted), dataset, selection,
                data.note(loaded)));
        return ExitCode.OK.code();
    }

    /** The ledger's years, {@code 2021–2024}, joined by {@code dash}. */
    private static String years(Dataset dataset, String dash) {
        int first = dataset.supervision().stream().mapToInt(SupervisionRecord::year).min().orElse(0);
        int last = dataset.supervision().stream().mapToInt(SupervisionRecord::year).max().orElse(0);
        return first == last ? Integer.toString(first) : first + dash + last;
    }
}
