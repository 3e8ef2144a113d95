package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TasksFileTest {
    @Test
    void unitsSplitOnTheEnumerationCommaOutsideParentheses() {
        assertThat(TasksFile.units("市水务局、各县（市、区）人民政府、运城开发区管委会"))
                .containsExactly("市水务局", "各县（市、区）人民政府", "运城开发区管委会");
        assertThat(TasksFile.units("")).isEmpty();
        assertThat(TasksFile.units("市科技局")).containsExactly("市科技局");
    }
}
