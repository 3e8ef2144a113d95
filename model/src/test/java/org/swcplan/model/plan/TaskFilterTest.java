package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskFilter.Reach;
import org.swcplan.model.plan.TaskFilter.Role;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;

class TaskFilterTest {
    static final List<County> COUNTIES = List.of(county("140802", "盐湖区", "Yanhu District"),
            county("140828", "夏县", "Xia County"), county("140829", "平陆县", "Pinglu County"),
            county("140881", "永济市", "Yongji City"));

    private static County county(String code, String zh, String en) {
        return new County(new CountyCode(code), zh, en, CountyType.COUNTY, new Tile(0, 0), 1000);
    }

    private static PlanTask task(int number, List<String> lead, List<String> cooperating, String... counties) {
        PlanTask t = new PlanTask(number, "一、重点任务", "任务" + number, lead, cooperating, TaskStatus.IN_PROGRESS, "test");
        return new PlanTask(t.number(), t.section(), t.text(), t.lead(), t.cooperating(), t.status(), t.source(),
                TaskOrigin.ANNEX, counties.length == 0 ? "" : "（十四）",
                List.of(counties).stream().map(CountyCode::new).toList());
    }

    /** Tasks as the dataset keeps them, in number order (given here out of order). */
    static final List<PlanTask> TASKS = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(
                    task(4, List.of("市自然资源局"), List.of("市农业农村局")),
                    task(1, List.of("市水务局"), List.of("市林业局", "各县（市、区）人民政府")),
                    task(2, List.of("市林业局"), List.of("市水务局")),
                    task(3, List.of("市水务局"), List.of("市财政局", "市水务局")),
                    task(5, List.of("相关县（市、区）人民政府"), List.of()),
                    task(6, List.of("市发展改革委"), List.of("相关县（市、区）人民政府", "市财政局")),
                    task(7, List.of("市生态环境局", "市水务局"), List.of()),
                    task(8, List.of("市自然资源局"), List.of("相关（市、区）人民政府"), "140829"),
                    task(9, List.of("夏县人民政府"), List.of("各县（市、区）人民政府"))),
            List.of()).tasks();

    private static final UnitRegistry UNITS = UnitRegistry.of(TASKS, COUNTIES, Optional.empty());

    private static List<Assignment> of(String unit) {
        return TaskFilter.forUnit(TASKS, UNITS.resolve(unit));
    }

    @Test
    void aUnitSeesTheTasksItLeadsAndSupportsInNumberOrder() {
        assertThat(of("市水务局")).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.LEAD), tuple(2, Role.SUPPORT), tuple(3, Role.LEAD), tuple(7, Role.LEAD));
        assertThat(of("市林业局")).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(1, Role.SUPPORT), tuple(2, Role.LEAD));
    }

    @Test
    void aTaskBothLedAndSupportedCountsAsLed() {
        // task 3 names 市水务局 as lead and again among the cooperating units
        assertThat(of("市水务局")).filteredOn(a -> a.task().number() == 3).extracting(Assignment::role)
                .containsExactly(Role.LEAD);
    }

    @Test
    void aCountyGovernmentSeesTasksOfAllCountiesAndOfRelevantOnesAsAssigned() {
        assertThat(of("盐湖区人民政府")).extracting(a -> a.task().number(), Assignment::role, Assignment::reach)
                .containsExactly(tuple(1, Role.SUPPORT, Reach.ALL_COUNTIES), tuple(5, Role.LEAD, Reach.AS_ASSIGNED),
                        tuple(6, Role.SUPPORT, Reach.AS_ASSIGNED), tuple(9, Role.SUPPORT, Reach.ALL_COUNTIES));
    }

    @Test
    void aTaskWhoseCountiesThePlanNamesReachesOnlyThem() {
        assertThat(of("平陆县人民政府")).extracting(a -> a.task().number(), Assignment::reach)
                .contains(tuple(8, Reach.RELEVANT_NAMED));
        assertThat(of("夏县人民政府")).extracting(a -> a.task().number()).doesNotContain(8);
        assertThat(of("市自然资源局")).extracting(a -> a.task().number()).containsExactly(4, 8);
    }

    @Test
    void aCountyNamedItselfLeadsRatherThanSupportsAsOneOfAll() {
        assertThat(of("夏县人民政府")).filteredOn(a -> a.task().number() == 9)
                .extracting(Assignment::role, Assignment::reach).containsExactly(tuple(Role.LEAD, Reach.NAMED));
    }

    @Test
    void cityBureausDoNotSeeCountyTasks() {
        assertThat(of("市财政局")).extracting(a -> a.task().number(), Assignment::role)
                .containsExactly(tuple(3, Role.SUPPORT), tuple(6, Role.SUPPORT));
        assertThat(of("市自然资源局")).extracting(a -> a.task().number()).doesNotContain(5, 6);
    }
}
