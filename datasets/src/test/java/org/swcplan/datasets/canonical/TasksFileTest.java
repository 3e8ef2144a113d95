package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.plan.Bilingual;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskOrigin;

class TasksFileTest {
    /** Han characters, CJK punctuation and full-width forms (“” are English quotes too, so not among them). */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final String HEADER = "no,section_zh,task_zh,lead_units,cooperating_units,lead_units_en,"
            + "cooperating_units_en\n";

    private static List<PlanTask> read(String text, DataErrors errors) {
        return TasksFile.read("tasks.csv", text.getBytes(StandardCharsets.UTF_8), errors).values();
    }

    @Test
    void unitsSplitOnTheEnumerationCommaOutsideParentheses() {
        assertThat(TasksFile.units("市水务局、各县（市、区）人民政府、运城开发区管委会"))
                .containsExactly("市水务局", "各县（市、区）人民政府", "运城开发区管委会");
        assertThat(TasksFile.units("")).isEmpty();
        assertThat(TasksFile.units("市科技局")).containsExactly("市科技局");
    }

    @Test
    void englishUnitsSplitOnSemicolonsAndKeepTheirCommas() {
        assertThat(TasksFile.unitsEn("Municipal Water Affairs Bureau; county (city, district) people's governments"))
                .containsExactly("Municipal Water Affairs Bureau", "county (city, district) people's governments");
        assertThat(TasksFile.unitsEn("")).isEmpty();
        assertThat(TasksFile.unitsEn("Municipal Finance Bureau;")).containsExactly("Municipal Finance Bureau");
    }

    @Test
    void bundledTasksHaveEnglishForEveryTaskAndUnit() {
        List<PlanTask> all = DatasetReader.read(new BundledDataset()).dataset().tasks();
        for (PlanTask t : all) {
            assertThat(t.translated()).as("task %d", t.number()).isTrue();
        }
        List<PlanTask> tasks = all.stream().filter(t -> t.origin() == TaskOrigin.ANNEX).toList();
        assertThat(tasks).hasSize(38);
        for (PlanTask t : tasks) {
            assertThat(t.translated()).as("task %d", t.number()).isTrue();
            assertThat(t.leadUnitsEn()).as("task %d", t.number()).hasSameSizeAs(t.leadUnits());
            assertThat(t.cooperatingUnitsEn()).as("task %d", t.number()).hasSameSizeAs(t.cooperatingUnits());
            for (String en : englishTexts(t)) {
                assertThat(CHINESE.matcher(en).find()).as("task %d: %s", t.number(), en).isFalse();
            }
        }
        assertThat(tasks.stream().map(t -> t.section().en()).distinct()).hasSize(5);
        PlanTask twelve = tasks.get(11);
        assertThat(twelve.cooperating()).isEmpty();
        assertThat(tasks.get(0).cooperatingUnits(true)).containsExactly("Municipal Planning and Natural Resources Bureau",
                "Municipal Ecology and Environment Bureau", "county (city, district) people's governments",
                "Yuncheng Development Zone Administrative Committee");
    }

    @Test
    void aUnitHasOneEnglishNameThroughoutTheBundledTasks() {
        List<Bilingual> units = DatasetReader.read(new BundledDataset()).dataset().tasks().stream()
                .flatMap(t -> Stream.concat(t.lead().stream(), t.cooperating().stream())).distinct().toList();
        assertThat(units.stream().map(Bilingual::zh).distinct().count()).isEqualTo(units.size());
        assertThat(units).contains(Bilingual.of("市水务局", "Municipal Water Affairs Bureau"),
                Bilingual.of("运城开发区管委会", "Yuncheng Development Zone Administrative Committee"));
    }

    @Test
    void aMismatchInUnitCountsIsALocatedError() {
        DataErrors errors = new DataErrors();
        List<PlanTask> tasks = read(HEADER
                + "1,预防,划定重点预防区,市水务局,市财政局、市税务局,Municipal Water Affairs Bureau,Municipal Finance Bureau\n"
                + "2,预防,征收补偿费,市税务局、市水务局,,Municipal Taxation Bureau,\n"
                + "3,预防,信用评价,市水务局,,,Municipal Development and Reform Commission\n", errors);
        assertThat(tasks).isEmpty();
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "tasks.csv:2:7 (cooperating_units_en): names 1 unit where cooperating_units names 2; give one English "
                        + "name for each unit, in the same order, separated by \"; \"",
                "tasks.csv:3:6 (lead_units_en): names 1 unit where lead_units names 2; give one English name for each "
                        + "unit, in the same order, separated by \"; \"",
                "tasks.csv:4:7 (cooperating_units_en): names 1 unit where cooperating_units names 0; give one English "
                        + "name for each unit, in the same order, separated by \"; \"");
    }

    @Test
    void englishColumnsAreOptionalAndAlignedWhenGiven() {
        DataErrors errors = new DataErrors();
        List<PlanTask> tasks = read(HEADER
                + "1,预防,划定重点预防区,市水务局,市财政局、各县（市、区）人民政府,,\n"
                + "2,预防,征收补偿费,市税务局,市水务局、各县（市、区）人民政府,Municipal Taxation Bureau,"
                + "\"Municipal Water Affairs Bureau; county (city, district) people's governments\"\n", errors);
        assertThat(errors.list()).isEmpty();
        assertThat(tasks.get(0).translated()).isFalse();
        assertThat(tasks.get(0).cooperatingUnits(true)).containsExactly("市财政局", "各县（市、区）人民政府");
        assertThat(tasks.get(1).cooperating()).containsExactly(Bilingual.of("市水务局", "Municipal Water Affairs Bureau"),
                Bilingual.of("各县（市、区）人民政府", "county (city, district) people's governments"));
        assertThat(read("no,section_zh,task_zh,lead_units\n1,预防,划定重点预防区,市水务局\n", errors)).singleElement()
                .satisfies(t -> assertThat(t.section().en()).isEmpty());
    }

    @Test
    void aLeadCellOfSeparatorsOnlyIsALocatedError() {
        DataErrors errors = new DataErrors();
        read("no,section_zh,task_zh,lead_units\n1,预防,划定重点预防区,、\n", errors);
        assertThat(errors.list()).extracting(DataError::format).singleElement().asString()
                .startsWith("tasks.csv:2:4 (lead_units): expected at least one unit name");
    }

    private static List<String> englishTexts(PlanTask t) {
        List<String> texts = new ArrayList<>(List.of(t.section().en(), t.text().en()));
        texts.addAll(t.leadUnitsEn());
        texts.addAll(t.cooperatingUnitsEn());
        return texts;
    }
}
