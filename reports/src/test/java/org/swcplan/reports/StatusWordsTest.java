package org.swcplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swcplan.model.plan.ItemStatus;
import org.swcplan.model.plan.TaskStatus;

/** The Chinese words files may use for a status are the words the Chinese outputs print for it. */
class StatusWordsTest {
    @Test
    void theStatusWordsFilesAcceptAreTheOnesChineseOutputsPrint() {
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(Language.ZH.text("task_status." + s.key())).isEqualTo(s.zh());
            assertThat(TaskStatus.fromKey(s.zh())).isEqualTo(s);
        }
        for (ItemStatus s : ItemStatus.values()) {
            assertThat(Language.ZH.text("item_status." + s.key())).isEqualTo(s.zh());
            assertThat(ItemStatus.fromKey(" " + s.zh())).isEqualTo(s);
        }
    }
}
