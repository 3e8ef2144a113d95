package org.swcplan.tables.query;

import java.util.Locale;

/** How the rows of a group or a cell are summed up. Naming one loads no table library. */
public enum Aggregate {
    SUM("sum", "合计"),
    MEAN("mean", "平均"),
    MEDIAN("median", "中位数"),
    MIN("min", "最小"),
    MAX("max", "最大"),
    COUNT("count", "个数"),
    /** The mean of a rate weighted by the area it is a share of: the rate of the group's summed areas. */
    WEIGHTED("weighted", "面积加权");

    private final String key;
    private final String wordZh;

    Aggregate(String key, String wordZh) {
        this.key = key;
        this.wordZh = wordZh;
    }

    /** The name on the command line and in output column names ({@code sum_investment_wan}). */
    public String key() {
        return key;
    }

    /** The word a Chinese heading adds: 投资合计(万元). */
    public String wordZh() {
        return wordZh;
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
