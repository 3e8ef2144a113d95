package org.swcplan.cli;

import java.util.List;
import org.swcplan.cli.command.AllocateCommand;
import org.swcplan.cli.command.BacktestCommand;
import org.swcplan.cli.command.ChartCommand;
import org.swcplan.cli.command.ErosionCommand;
import org.swcplan.cli.command.ExportCommand;
import org.swcplan.cli.command.ForecastCommand;
import org.swcplan.cli.command.GapCommand;
import org.swcplan.cli.command.ImportCommand;
import org.swcplan.cli.command.IndicatorsCommand;
import org.swcplan.cli.command.InitCommand;
import org.swcplan.cli.command.ReportCommand;
import org.swcplan.cli.command.ScenarioCommand;
import org.swcplan.cli.command.StatusCommand;
import org.swcplan.cli.command.TableCommand;
import org.swcplan.cli.command.TargetsCommand;
import org.swcplan.cli.command.SupervisionCommand;
import org.swcplan.cli.command.TasksCommand;
import org.swcplan.cli.command.TemplateCommand;
import org.swcplan.cli.command.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code swc}: the top-level command; on its own it asks for a subcommand. */
@Command(name = "swc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Soil and water conservation (水土保持) analytics and target forecasting for county and city planners.",
            "Loads county erosion monitoring and treatment records; shows where each county and the city stand, "
                    + "forecasts their paths to the plan's targets, says what closing each gap takes, draws charts and "
                    + "writes the annual report; exchanges CSV with statisticians."},
        footerHeading = "%n",
        footer = {
            "Examples:",
            "  swc status                      every county and the city, latest year",
            "  swc status --year 2023 --format csv",
            "  swc forecast --county 夏县 --to 2030  a county's path with 80/95 %% intervals",
            "  swc gap --milestone 2030 --check  exit 4 if a county is off track",
            "  swc backtest --series M3_yearly_TSTS.csv   accuracy on a benchmark",
            "  swc allocate --milestone 2030 --method least-cost",
            "  swc targets --format csv --headers zh   yearly county targets to 2035",
            "  swc tasks --unit 市水务局          every task the unit leads or supports",
            "  swc report --year 2024 --out report2024   the complete annual report",
            "  swc init mydata                 copy the bundled dataset into ./mydata",
            "  swc import 2025.csv --kind monitoring --into mydata --lenient",
            "  swc export --kind gap --headers zh --encoding gbk -o gap.csv",
            "  swc validate --data mydata      check every file; exit 3 on any problem",
            "  swc table monitoring --rows code --cols year --value swc_rate_pct   counties x years, city row",
            "",
            "Data: --data DIR or $SWC_DATA; without either, the bundled dataset.",
            "The bundled county figures are ILLUSTRATIVE (invented for demonstration);",
            "the city targets, indicators and tasks are from 运政办发〔2024〕3号.",
            "See datasets/SOURCES.md. Help in Chinese: SWC_LANG=zh or --lang zh."})
public final class SwcCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. Not in the annotation: {@link SwcCli} builds
     * the full model only of the subcommands a run names (see {@link SwcCli#forArguments}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(StatusCommand.class, ForecastCommand.class, GapCommand.class,
            AllocateCommand.class, TargetsCommand.class, ScenarioCommand.class, IndicatorsCommand.class,
            TasksCommand.class, SupervisionCommand.class, ChartCommand.class, ReportCommand.class,
            BacktestCommand.class, InitCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class,
            TemplateCommand.class, ErosionCommand.class, TableCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        throw UsageMessages.error(spec, "commandRequired");
    }
}
