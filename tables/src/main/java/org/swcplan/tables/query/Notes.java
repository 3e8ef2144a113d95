package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.reports.result.Text;
import tech.tablesaw.api.Table;

/** What people need to know to read a group-by or a cross-table: how its figures and totals are made. */
final class Notes {
    private Notes() {
    }

    /**
     * @param city whether the total row is the city's (every county's rows summed up)
     */
    static List<Text> summaries(List<Summed> summaries, Table rows, List<String> groups, boolean total, boolean city,
                                boolean cityRows) {
        List<Text> notes = new ArrayList<>();
        for (Summed summed : summaries) {
            notes.addAll(method(summed, rows));
        }
        if (total) {
            notes.add(Text.of("The last row sums up every row the filters kept the same way"
                            + (city ? " (the city, from its counties' rows)." : "."),
                    "末行为筛选后全部行的同口径汇总" + (city ? "（全市，由各县数据汇总）。" : "。")));
        } else if (groups.size() == 1) {
            notes.add(noTotals(cityRows));
        }
        return notes;
    }

    static List<Text> crossTable(Summed summed, String down, String across, boolean totalRow, boolean totalColumn,
                                 boolean cityRows, Table rows, boolean city) {
        List<Text> notes = new ArrayList<>();
        String method = summed.aggregate() == Aggregate.WEIGHTED ? "area-weighted rate" : summed.aggregate().key();
        notes.add(Text.of("Each cell: the " + method + " of " + summed.column() + " over the rows of its " + down
                        + " and " + across + ".",
                "每格为该" + Grid.zh(down) + "、" + Grid.zh(across) + "各行" + Grid.zh(summed.aggregate(),
                        summed.column()) + "。"));
        notes.addAll(method(summed, rows));
        if (totalRow || totalColumn) {
            notes.add(Text.of("Totals are summed up the same way from the rows themselves"
                            + (totalRow && city ? "; the last row is the city" : "") + ".",
                    "合计由原始各行按同一口径汇总" + (totalRow && city ? "；末行为全市" : "") + "。"));
        }
        if (!totalRow || !totalColumn) {
            notes.add(cityRows ? noTotals(true) : Text.of("No total " + (totalRow ? "column across " + across
                            : totalColumn ? "row down " + down : "row or column") + ": "
                            + reason(summed), "未列" + (totalRow ? "横向" : totalColumn ? "纵向" : "") + "合计："
                            + reasonZh(summed)));
        }
        return notes;
    }

    static Text limitNote() {
        return Text.of("--limit keeps the first rows; the total covers every row the filters kept.",
                "--limit 仅显示前若干行；合计包括筛选后的全部行。");
    }

    private static List<Text> method(Summed summed, Table rows) {
        if (summed.aggregate() == Aggregate.WEIGHTED) {
            return List.of(Text.of(summed.column() + " weighted by " + summed.weight() + ": the rate of the summed "
                            + "areas, Σ(rate × area) / Σ area, never a mean of rates.",
                    Grid.zh(summed.column()) + "以" + Grid.zh(summed.weight()) + "加权：即面积之和的比率，Σ(比率×面积)/Σ面积，"
                            + "而非比率的简单平均。"));
        }
        if (summed.aggregate() == Aggregate.MEAN && Measures.weight(summed.column())
                .filter(rows.columnNames()::contains).isPresent()) {
            return List.of(Text.of("mean_" + summed.column() + " is the plain mean of the rows' rates; the rate of a "
                            + "group is --weighted " + summed.column() + ".",
                    Grid.zh(Aggregate.MEAN, summed.column()) + "为各行比率的简单平均；分组的比率请用 --weighted "
                            + summed.column() + "。"));
        }
        return List.of();
    }

    private static Text noTotals(boolean cityRows) {
        return cityRows ? Text.of("The rows include the city's own (unit_type city), so no total is added; "
                        + "--where unit_type=county gives the counties' total.",
                "数据中已含全市行（unit_type 为 city），故不另加合计；加 --where unit_type=county 可得各县合计。")
                : Text.of("No total row: these figures do not add up across groups.", "未列合计：这些数值不能跨组相加。");
    }

    private static String reason(Summed summed) {
        return switch (summed.aggregate()) {
            case SUM -> Measures.flow(summed.column()) ? "" : Measures.stock(summed.column())
                    ? summed.column() + " is an area held at a time, not added across years."
                    : summed.column() + " is not a quantity that adds up.";
            case WEIGHTED -> "a rate is not summed up across years.";
            default -> "a " + summed.aggregate().key() + " is not a total.";
        };
    }

    private static String reasonZh(Summed summed) {
        return switch (summed.aggregate()) {
            case SUM -> Measures.stock(summed.column()) ? Grid.zh(summed.column()) + "为时点面积，不跨年份相加。"
                    : Grid.zh(summed.column()) + "不是可相加的量。";
            case WEIGHTED -> "比率不跨年份汇总。";
            default -> Grid.zh(summed.aggregate(), summed.column()) + "不是合计。";
        };
    }
}
