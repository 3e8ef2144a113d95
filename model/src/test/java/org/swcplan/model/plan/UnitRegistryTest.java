package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swcplan.model.region.City;
import org.swcplan.model.region.CountyCode;

class UnitRegistryTest {
    private static final UnitRegistry UNITS = UnitRegistry.of(TaskFilterTest.TASKS, TaskFilterTest.COUNTIES,
            Optional.of(new City("140800", "运城市", "Yuncheng City", "运政办发〔2024〕3号", "行动计划")));

    @ParameterizedTest
    @ValueSource(strings = {"市水务局", " 水务局 ", "水务局"})
    void aBodyIsFoundByItsFullNameOrAnUnambiguousPart(String asked) {
        assertThat(UNITS.resolve(asked).zh()).isEqualTo("市水务局");
    }

    @Test
    void countyGovernmentsComeFromTheCountiesAndKnowTheirCounty() {
        Unit xia = UNITS.resolve("夏县人民政府");
        assertThat(xia.kind()).isEqualTo(UnitKind.COUNTY_GOVERNMENT);
        assertThat(xia.county()).contains(new CountyCode("140828"));
        assertThat(UNITS.resolve("Xia County People's Government")).isEqualTo(xia);
        assertThat(UNITS.resolve("xia county people's government")).isEqualTo(xia);
    }

    @Test
    void theCityGovernmentIsNotACounty() {
        Unit city = UNITS.resolve("运城市人民政府");
        assertThat(city.kind()).isEqualTo(UnitKind.CITY_GOVERNMENT);
        assertThat(city.county()).isEmpty();
        assertThat(TaskFilter.forUnit(TaskFilterTest.TASKS, city)).isEmpty();
    }

    @Test
    void aPlaceIsNotABodyButSuggestsItsGovernment() {
        assertThatThrownBy(() -> UNITS.resolve("夏县")).hasMessage("unknown unit 夏县; did you mean 夏县人民政府?");
        assertThatThrownBy(() -> UNITS.resolve("夏县政府")).hasMessageContaining("did you mean 夏县人民政府?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"水利局", "市水利局"})
    void aNearMissSuggestsTheNearestUnit(String asked) {
        assertThatThrownBy(() -> UNITS.resolve(asked)).hasMessageStartingWith("unknown unit " + asked + "; did you mean 市水务局");
    }

    @Test
    void aCountyTheRegionDoesNotHaveIsUnknown() {
        assertThatThrownBy(() -> UNITS.resolve("张三县人民政府"))
                .hasMessage("unknown unit 张三县人民政府: the data has no county (city, district) 张三县");
        assertThatThrownBy(() -> UNITS.resolve("夏县人民政")).hasMessageContaining("did you mean 夏县人民政府?");
    }

    @Test
    void aPartOfSeveralNamesAsksForOne() {
        assertThatThrownBy(() -> UNITS.resolve("人民政府")).hasMessageStartingWith("unit 人民政府 could be any of 运城市人民政府");
    }

    @Test
    void groupNamesAreUnitsOfTheirOwnKind() {
        assertThat(UNITS.resolve("各县（市、区）人民政府").kind()).isEqualTo(UnitKind.ALL_COUNTIES);
        assertThat(UNITS.resolve("相关（市、区）人民政府").kind()).isEqualTo(UnitKind.RELEVANT_COUNTIES);
        assertThat(UNITS.resolve("各县(市、区)人民政府").kind()).isEqualTo(UnitKind.ALL_COUNTIES);
    }

    @Test
    void withoutCityFileTheCityGovernmentATaskNamesIsStillNotACounty() {
        PlanTask body = new PlanTask(50, "保障措施", "任务50", List.of("运城市人民政府", "各县（市、区）人民政府"), List.of(),
                TaskStatus.IN_PROGRESS, "test");
        UnitRegistry units = UnitRegistry.of(List.of(body), TaskFilterTest.COUNTIES, Optional.empty());
        assertThat(units.resolve("运城市人民政府").kind()).isEqualTo(UnitKind.CITY_GOVERNMENT);
        assertThat(units.resolve("永济市人民政府").kind()).isEqualTo(UnitKind.COUNTY_GOVERNMENT);
    }
}
