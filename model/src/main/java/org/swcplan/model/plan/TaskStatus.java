package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** Progress of one of the plan's key tasks. */
public enum TaskStatus implements Keyed {
    NOT_STARTED("未启动"), IN_PROGRESS("推进中"), DONE("已完成");

    private final String zh;

    TaskStatus(String zh) {
        this.zh = zh;
    }

    /** The word Chinese outputs write for it (已完成 …), which files may use too. */
    public String zh() {
        return zh;
    }

    /** The status a key (not_started, in_progress, done) or its Chinese word (未启动, 推进中, 已完成) names. */
    public static TaskStatus fromKey(String text) {
        return Keyed.parse(TaskStatus.class, "status", text, TaskStatus::zh);
    }
}
