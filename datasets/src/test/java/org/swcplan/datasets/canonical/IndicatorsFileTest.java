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
import org.swcplan.model.plan.LedgerFigure;
import org.swcplan.model.plan.PlanIndicator;

class IndicatorsFileTest {
    @Test
    void bundledIndicatorsCountInThePlansUnits() {
        // 平方公里, 条, 个, 座 as the plan writes each number (二、总体目标, 五、（十一）（十三）, 七、（十九）)
        assertThat(DatasetReader.read(new BundledDataset()).dataset().indicators())
                .extracting(PlanIndicator::id, PlanIndicator::unitZh).containsExactlyInAnyOrder(
                        tuple("slope_farmland_km2", "平方公里"), tuple("high_quality_watersheds", "条"),
                        tuple("whole_county_pilots", "个"), tuple("green_mining_zone", "个"), tuple("check_dams", "座"),
                        tuple("eco_economic_households", "个"), tuple("eco_clean_watersheds", "条"),
                        tuple("green_corridors", "条"), tuple("city_swc_plan", "部"), tuple("county_swc_plans", "部"),
                        tuple("supervision_rules", "项"), tuple("check_dam_platform", "个"));
    }

    @Test
    void theCountingPeriodAndLedgerAreReadAndCheckedAtTheirCell() {
        String header = "id,name_zh,unit,target,deadline,progress,progress_year,count_from,ledger\n";
        DataErrors errors = new DataErrors();
        List<PlanIndicator> read = IndicatorsFile.read("indicators.csv", (header
                + "dams,淤地坝,count,17,2025,9,2024,2021,check_dams_new\n"
                + "clean,生态清洁小流域,count,7,2030,0,2024,2026,\n"
                + "old,其他,count,1,2025,0,2024,,\n").getBytes(StandardCharsets.UTF_8), Optional.empty(), errors).values();
        assertThat(errors.list()).isEmpty();
        assertThat(read).extracting(PlanIndicator::countFrom).containsExactly(2021, 2026, 2024);
        assertThat(read.get(0).ledger()).contains(LedgerFigure.CHECK_DAMS_NEW);
        assertThat(read.get(1).ledger()).isEmpty();

        IndicatorsFile.read("indicators.csv", (header + "dams,淤地坝,count,17,2025,9,2024,2026,dams\n")
                .getBytes(StandardCharsets.UTF_8), Optional.empty(), errors);
        assertThat(errors.list()).extracting(e -> e.format()).containsExactly(
                "indicators.csv:2:8 (count_from): the counting period starts in 2026, after its deadline 2025",
                "indicators.csv:2:9 (ledger): ledger must be one of upgraded_terrace_km2, check_dams_new, "
                        + "check_dams_reinforced, check_dams_upgraded; was dams");
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
