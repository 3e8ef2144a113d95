package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;

class TaskProgressWarningsTest {
    @Test
    void progressFallingToALaterDateIsAWarningAtTheLaterRow() {
        DataErrors errors = new DataErrors();
        var parsed = TaskProgressFile.read("task_progress.csv", """
                no,date,percent
                18,2024-12-31,60
                18,2024-06-30,90
                22,2024,40
                22,2025,55
                """.getBytes(StandardCharsets.UTF_8), Optional.empty(), errors);
        assertThat(errors.list()).isEmpty();
        assertThat(TaskProgressFile.warnings(parsed)).extracting(DataError::format).containsExactly(
                "task_progress.csv:2:3 (percent): task 18 falls from 90 % (2024-06-30) to 60 % (2024-12-31)");
    }
}
