package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.plan.PlanIndicator;

class IndicatorsFileTest {
    @Test
    void bundledIndicatorsCountInThePlansUnits() {
        // 平方公里, 条, 个, 座 as the plan writes each number (二、总体目标, 五、（十一）（十三）, 七、（十九）)
        assertThat(DatasetReader.read(new BundledDataset()).dataset().indicators())
                .extracting(PlanIndicator::id, PlanIndicator::unitZh).containsExactlyInAnyOrder(
                        tuple("slope_farmland_km2", "平方公里"), tuple("high_quality_watersheds", "条"),
                        tuple("whole_county_pilots", "个"), tuple("green_mining_zone", "个"), tuple("check_dams", "座"),
                        tuple("eco_economic_households", "个"), tuple("eco_clean_watersheds", "条"));
    }

    @Test
    void unitZhIsOptionalAndDefaultsByUnit() {
        DataErrors errors = new DataErrors();
        List<PlanIndicator> indicators = IndicatorsFile.read("indicators.csv", ("id,name_zh,unit,unit_zh,target,deadline,"
                + "progress,progress_year\ndams,淤地坝,count,座,17,2025,9,2024\nfarms,坡耕地,km2,,72.3,2025,41.6,2024\n"
                + "pilots,试点,count,,2,2025,2,2024\n").getBytes(StandardCharsets.UTF_8), Optional.empty(), errors).values();
        assertThat(errors.list()).isEmpty();
        assertThat(indicators).extracting(PlanIndicator::unitZh).containsExactly("座", "平方公里", "个");
        assertThat(IndicatorsFile.read("indicators.csv", ("id,name_zh,unit,target,deadline,progress,progress_year\n"
                        + "dams,淤地坝,count,17,2025,9,2024\n").getBytes(StandardCharsets.UTF_8), Optional.empty(), errors).values())
                .extracting(PlanIndicator::unitZh).containsExactly("个");
    }
}
