package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTaskTest {
    private static final Bilingual WATER = Bilingual.of("市水务局", "Municipal Water Affairs Bureau");
    private static final Bilingual COUNTIES = Bilingual.of("各县（市、区）人民政府",
            "county (city, district) people's governments");
    private static final Bilingual TAX = Bilingual.of("市税务局", "Municipal Taxation Bureau");

    private static PlanTask translated() {
        return new PlanTask(10, Bilingual.of("依法严格生产建设活动水土保持监管", "Strictly supervise …"),
                Bilingual.of("依法征收水土保持补偿费", "Levy soil and water conservation compensation fees"),
                List.of(TAX), List.of(WATER, COUNTIES), TaskStatus.IN_PROGRESS, "plan");
    }

    @Test
    void eachLanguageGetsItsOwnTexts() {
        PlanTask task = translated();
        assertThat(task.translated()).isTrue();
        assertThat(task.section().in(true)).isEqualTo("Strictly supervise …");
        assertThat(task.text().in(false)).isEqualTo("依法征收水土保持补偿费");
        assertThat(task.leadUnits(true)).containsExactly("Municipal Taxation Bureau");
        assertThat(task.cooperatingUnits(true))
                .containsExactly("Municipal Water Affairs Bureau", "county (city, district) people's governments");
        assertThat(task.cooperatingUnits(false)).containsExactly("市水务局", "各县（市、区）人民政府");
        assertThat(PlanTask.joinUnits(task.cooperatingUnits(true), true))
                .isEqualTo("Municipal Water Affairs Bureau; county (city, district) people's governments");
        assertThat(PlanTask.joinUnits(task.cooperatingUnits(false), false)).isEqualTo("市水务局、各县（市、区）人民政府");
    }

    @Test
    void englishFallsBackToChineseWhereNoneIsGiven() {
        PlanTask task = new PlanTask(12, "依法严格生产建设活动水土保持监管", "以“互联网+监管”为抓手", List.of("市水务局"),
                List.of(), TaskStatus.IN_PROGRESS, "plan");
        assertThat(task.translated()).isFalse();
        assertThat(task.section().in(true)).isEqualTo("依法严格生产建设活动水土保持监管");
        assertThat(task.text().in(true)).isEqualTo("以“互联网+监管”为抓手");
        assertThat(task.leadUnits(true)).containsExactly("市水务局");
        assertThat(task.leadUnitsEn()).isEmpty();
        assertThat(task.cooperatingUnitsEn()).isEmpty();
        // the Chinese accessors the plan's tables use are unchanged
        assertThat(task.sectionZh()).isEqualTo("依法严格生产建设活动水土保持监管");
        assertThat(task.leadUnits()).containsExactly("市水务局");
    }

    @Test
    void aListWithEnglishForSomeUnitsOnlyIsRejected() {
        assertThatThrownBy(() -> new PlanTask(1, Bilingual.chineseOnly("预防"), Bilingual.chineseOnly("划定重点预防区"),
                List.of(WATER), List.of(Bilingual.chineseOnly("市财政局"), TAX), TaskStatus.DONE, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cooperating_units_en must name every unit or none: 1 of 2");
    }

    @Test
    void aTaskNeedsALeadUnitAndChineseTexts() {
        assertThatThrownBy(() -> new PlanTask(1, Bilingual.of("", "Prevention"), Bilingual.chineseOnly("任务"),
                List.of(WATER), List.of(), TaskStatus.DONE, "")).hasMessageContaining("section_zh");
        assertThatThrownBy(() -> new PlanTask(1, Bilingual.chineseOnly("预防"), Bilingual.chineseOnly("任务"),
                List.of(), List.of(), TaskStatus.DONE, "")).hasMessageContaining("lead_units");
    }
}
