package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void helpListsCommandsExamplesExitCodesAndTheIllustrativeLabel() {
        CliRun run = CliRun.of("--help").exits(ExitCode.OK);
        assertThat(run.out()).contains("status").contains("init").contains("validate")
                .contains("Examples:").contains("ILLUSTRATIVE");
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out()).contains("  " + code.code() + "  " + code.meaning());
        }
    }

    @Test
    void versionNamesTheToolAndItsVersion() {
        assertThat(CliRun.of("--version").exits(ExitCode.OK).out()).matches("(?s)swc \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of().exits(ExitCode.USAGE).err()).contains("a command is required");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        assertThat(CliRun.of("stauts").exits(ExitCode.USAGE).err()).contains("status");
    }
}
