package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCommandsTest {
    @Test
    void indicatorsListTheCommitmentsWithPaceNeeded() {
        List<String> rows = CliRun.of("indicators", "--format", "csv").exits(ExitCode.OK).out().lines().skip(1).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        // 72.3 km² by 2025, 41.6 done in 2024: 30.7 remain, at 30.7 a year
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("slope_farmland_km2,").contains(",72.30,2025,41.60,2024,30.70,30.70,open"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("check_dams,").contains(",17.00,2025,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("initial_treatment_km2_2030,").contains(",8352.00,2030,"));
    }

    @Test
    void tasksListsTheAnnexsThirtyEightAndTheBodysFive() {
        List<String> rows = CliRun.of("tasks", "--format", "csv").exits(ExitCode.OK).out().lines().skip(1).toList();
        assertThat(rows).filteredOn(r -> r.contains(",annex,")).hasSize(38);
        assertThat(rows).filteredOn(r -> r.contains(",body,")).hasSize(5);
        assertThat(CliRun.of("tasks").exits(ExitCode.OK).out()).startsWith("All tasks: 43 tasks");
    }

    @Test
    void tasksCarryTheirEnglishTextsInCsvAndJsonAndTheTableKeepsItsColumns() {
        List<String> lines = CliRun.of("tasks", "--format", "csv").exits(ExitCode.OK).out().lines().toList();
        assertThat(lines.get(0)).endsWith(",cooperating_units,evidence,section_en,task_en,lead_units_en,"
                + "cooperating_units_en,basis,counties,status_illustrative,progress_source");
        assertThat(lines).anySatisfy(r -> assertThat(r).startsWith("10,").endsWith(",Levy soil and water conservation "
                + "compensation fees in accordance with the law,Municipal Taxation Bureau,Municipal Water Affairs Bureau,"
                + ",,true,"));
        assertThat(CliRun.of("tasks", "--format", "json").exits(ExitCode.OK).out())
                .contains("\"lead_units_en\": \"Municipal Water Affairs Bureau\"");
        assertThat(CliRun.of("tasks", "--wide").exits(ExitCode.OK).out()).doesNotContain("Municipal Water Affairs Bureau");
    }

    @Test
    void indicatorsCarryTheirChineseUnit() {
        List<String> lines = CliRun.of("indicators", "--format", "csv").exits(ExitCode.OK).out().lines().toList();
        assertThat(lines.get(0)).endsWith(",source,unit_zh,count_from,five_year_plan,years_left,progress_basis,"
                + "reported_progress");
        assertThat(lines).anySatisfy(r -> assertThat(r).startsWith("check_dams,").contains(",座,"));
        assertThat(lines).anySatisfy(r -> assertThat(r).startsWith("swc_rate_2030,").contains(",%,"));
    }

    @Test
    void aUnitSeesEveryTaskItLeadsOrSupports() {
        List<String> rows = CliRun.of("tasks", "--unit", "市水务局", "--format", "csv").exits(ExitCode.OK).out().lines()
                .skip(1).toList();
        // 市水务局 appears in every task of the annex but task 24 (推进绿色矿山建设), and in the body's task 40
        assertThat(rows).hasSize(38);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("40,body,support,"));
        assertThat(rows).noneMatch(r -> r.startsWith("24,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("2,annex,support,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("1,annex,lead,"));
        List<String> tax = CliRun.of("tasks", "--unit", "市税务局", "--format", "csv").out().lines().skip(1).toList();
        assertThat(tax).singleElement().satisfies(r -> assertThat(r).startsWith("10,annex,lead,"));
    }

    @Test
    void badStatusIsAUsageError() {
        CliRun.of("tasks", "--status", "finished").exits(ExitCode.USAGE);
        assertThat(CliRun.of("tasks", "--status", "done", "--format", "csv").exits(ExitCode.OK).out().lines().skip(1))
                .allSatisfy(r -> assertThat(r).contains(",done,"));
    }
}
