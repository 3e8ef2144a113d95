package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskFilter.Role;

class TaskFilterTest {
    private static PlanTask task(int number, List<String> lead, List<String> cooperating) {
        return new PlanTask(number, "一、重点任务", "任务" + number, lead, cooperating, TaskStatus.IN_PROGRESS, "test");
    }

    /** Tasks as the dataset keeps them, in number order (given here out of order). */
    private static final List<PlanTask> TASKS = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(
                    task(4, List.of("市自然资源局"), List.of("市农业农村局")),
                    task(1, List.of("市水务局"), List.of("市林业局", "各县（市、区）人民政府")),
                    task(2, List.of("市林业局"), List.of("市水务局")),
                    task(3, List.of("市水务局"), List.of("市财政局", "市水务局")),
                    task(5, List.of("相关县（市、区）人民政府"), List.of()),
                    task(6, List.of("市发展改革委"), List.of("相关县（市、区）人民政府", "市财政局")),
                    task(7, List.of("市生态环境局", "市水务局"), List.of())),
            List.of()).tasks();

    @Test
    void aUnitSeesTheTasksItLeadsAndSupportsInNumberOrder() {
        assertThat(TaskFilter.forUnit(TASKS, "市水务局"))
                .extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.LEAD), tuple(2, Role.SUPPORT), tuple(3, Role.LEAD), tuple(7, Role.LEAD));
        assertThat(TaskFilter.forUnit(TASKS, "市林业局"))
                .extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.SUPPORT), tuple(2, Role.LEAD));
    }

    @Test
    void aTaskBothLedAndSupportedCountsAsLed() {
        // task 3 names 市水务局 as lead and again among the cooperating units
        List<Assignment> water = TaskFilter.forUnit(TASKS, "市水务局");
        assertThat(water).filteredOn(a -> a.task().number() == 3).extracting(Assignment::role)
                .containsExactly(Role.LEAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"水务局", " 水务局 ", "市水务局"})
    void aPartialNameMatchesTheFullOne(String unit) {
        assertThat(TaskFilter.forUnit(TASKS, unit)).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.LEAD), tuple(2, Role.SUPPORT), tuple(3, Role.LEAD), tuple(7, Role.LEAD));
    }

    @Test
    void aCountyGovernmentSeesTasksGivenToAllOrConcernedCounties() {
        assertThat(TaskFilter.forUnit(TASKS, "夏县人民政府")).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.SUPPORT), tuple(5, Role.LEAD), tuple(6, Role.SUPPORT));
        // a district and a county-level city are county governments too
        assertThat(TaskFilter.forUnit(TASKS, "盐湖区人民政府")).extracting(a -> a.task().number())
                .containsExactly(1, 5, 6);
        assertThat(TaskFilter.forUnit(TASKS, "永济市人民政府")).extracting(a -> a.task().number())
                .containsExactly(1, 5, 6);
    }

    @Test
    void cityBureausDoNotSeeCountyTasksAndUnknownUnitsSeeNothing() {
        assertThat(TaskFilter.forUnit(TASKS, "市财政局")).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(3, Role.SUPPORT), tuple(6, Role.SUPPORT));
        assertThat(TaskFilter.forUnit(TASKS, "市自然资源局")).extracting(a -> a.task().number()).containsExactly(4);
        assertThat(TaskFilter.forUnit(TASKS, "市气象局")).isEmpty();
        // a county name alone is not a government: no wildcard match
        assertThat(TaskFilter.forUnit(TASKS, "夏县")).isEmpty();
    }
}
