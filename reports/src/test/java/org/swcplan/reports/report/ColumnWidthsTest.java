package org.swcplan.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.reports.report.ReportTable.Layout;

class ColumnWidthsTest {
    private static final int PAGE = 9000;
    private static final int UNIT = 105;
    private static final int PADDING = 220;

    @Test
    void shortColumnsKeepToOneLineAndTheProseSharesTheRest() {
        // a task table: number, three prose columns, a status and a percentage
        ReportTable table = new ReportTable(List.of("序号", "任务", "配合单位", "状态", "完成比例（%）", "佐证材料"),
                List.of(Layout.NUMBER, Layout.PROSE, Layout.PROSE, Layout.WORD, Layout.NUMBER, Layout.PROSE),
                List.of(List.of("41", "实行市负总责，县（市、区）抓落实的工作机制", "市水务局、各县（市、区）人民政府", "推进中", "60",
                        "方案（征求意见稿）")));
        int[] widths = ColumnWidths.twips(table, PAGE, UNIT, PADDING);

        assertThat(Arrays.stream(widths).sum()).isEqualTo(PAGE);
        // 推进中: three characters, six units, on one line; the heading of the percentage: four characters
        assertThat(widths[3]).isGreaterThanOrEqualTo(6 * UNIT + PADDING);
        assertThat(widths[4]).isGreaterThanOrEqualTo(8 * UNIT + PADDING);
        // the prose columns share what is left alike
        assertThat(Math.abs(widths[1] - widths[2])).isLessThanOrEqualTo(1);
        assertThat(widths[1]).isGreaterThan(widths[3]);
    }

    @Test
    void whereThePageIsTooNarrowEveryColumnGivesUpInProportion() {
        ReportTable table = new ReportTable(List.of("甲", "乙"), List.of(Layout.WORD, Layout.PROSE),
                List.of(List.of("很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长", "文字")));
        int[] widths = ColumnWidths.twips(table, 3000, UNIT, PADDING);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(3000);
        assertThat(widths[1]).isGreaterThan(0);
        assertThat(widths[0]).isLessThan(80 * UNIT + PADDING);
    }

    @Test
    void aWordColumnLongerThanProseWrapsLikeProse() {
        // the English indicator table: long names in a word column beside short figures
        ReportTable table = new ReportTable(List.of("Indicator", "Unit", "Target", "Done", "Status"),
                List.of(Layout.WORD, Layout.WORD, Layout.NUMBER, Layout.NUMBER, Layout.WORD),
                List.of(List.of("Counties (county-level cities/districts) piloting county-wide eco-clean small watershed "
                        + "development", "count", "8352.00", "6906.77", "in progress")));
        int[] widths = ColumnWidths.twips(table, PAGE, UNIT, PADDING);
        assertThat(widths[1]).isGreaterThanOrEqualTo(5 * UNIT + PADDING);
        assertThat(widths[2]).isGreaterThanOrEqualTo(7 * UNIT + PADDING);
        assertThat(widths[4]).isGreaterThanOrEqualTo(11 * UNIT + PADDING);
        assertThat(ColumnWidths.longestLatinWord("Pace needed a year")).isEqualTo(6);
        assertThat(ColumnWidths.longestLatinWord("Remaining")).isEqualTo(9);
        assertThat(ColumnWidths.longestLatinWord("完成比例（%）")).isEqualTo(1);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(PAGE);
    }
}
