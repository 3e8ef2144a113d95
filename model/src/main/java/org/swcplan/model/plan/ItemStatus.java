package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** How far one named item of an indicator (a watershed, a pilot county, a plan document) has come. */
public enum ItemStatus implements Keyed {
    PLANNED("未启动"), IN_PROGRESS("推进中"), DONE("已完成");

    private final String zh;

    ItemStatus(String zh) {
        this.zh = zh;
    }

    /** The word Chinese outputs write for it (已完成 …), which files may use too. */
    public String zh() {
        return zh;
    }

    /** The status a key (planned, in_progress, done) or its Chinese word (未启动, 推进中, 已完成) names. */
    public static ItemStatus fromKey(String text) {
        return Keyed.parse(ItemStatus.class, "status", text, ItemStatus::zh);
    }
}
