package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;

class IndicatorUnitTest {
    private static PlanIndicator indicator(IndicatorUnit unit, String unitZh) {
        return new PlanIndicator("dams", "高标准淤地坝", "High-standard check dams", unit, unitZh, 17, 2025, 0, 9, 2024,
                "plan");
    }

    @Test
    void unitZhDefaultsByUnitCode() {
        assertThat(IndicatorUnit.defaultZh("km2")).isEqualTo("平方公里");
        assertThat(IndicatorUnit.defaultZh("count")).isEqualTo("个");
        assertThat(IndicatorUnit.defaultZh("pct")).isEqualTo("%");
        assertThat(IndicatorUnit.defaultZh("percent")).isEqualTo("%");
        assertThat(IndicatorUnit.KM2.defaultZh()).isEqualTo("平方公里");
        assertThat(IndicatorUnit.COUNT.defaultZh()).isEqualTo("个");
        assertThatThrownBy(() -> IndicatorUnit.defaultZh("mu")).hasMessageContaining("km2, count or pct");
    }

    @Test
    void anIndicatorWithoutUnitZhTakesItsUnitsDefaultAndOneWithItKeepsIt() {
        assertThat(indicator(IndicatorUnit.COUNT, "").unitZh()).isEqualTo("个");
        assertThat(indicator(IndicatorUnit.COUNT, null).unitZh()).isEqualTo("个");
        assertThat(indicator(IndicatorUnit.KM2, " ").unitZh()).isEqualTo("平方公里");
        assertThat(indicator(IndicatorUnit.COUNT, "座").unitZh()).isEqualTo("座");
        assertThat(new PlanIndicator("km", "坡耕地", "Slope farmland", IndicatorUnit.KM2, 72.3, 2025, 0, 41.6, 2024, "plan")
                .unitZh()).isEqualTo("平方公里");
    }

    @Test
    void commitmentsCarryTheIndicatorsUnitZh() {
        Dataset dataset = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(indicator(IndicatorUnit.COUNT, "座"), new PlanIndicator("pilots", "试点", "Pilots",
                        IndicatorUnit.COUNT, 2, 2025, 0, 2, 2024, "plan")), List.of(), List.of());
        assertThat(Commitments.of(dataset)).extracting(Commitment::unitZh).containsExactly("座", "个");
    }
}
