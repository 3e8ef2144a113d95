package org.swcplan.model.treatment;

import org.swcplan.model.Keyed;

/** Treatment (治理) measures as counted in 初步治理 ledgers; the key names a column: {@code treated_<key>_km2}. */
public enum Measure implements Keyed {
    TERRACE("梯田"), SWC_FOREST("水保林"), ECONOMIC_FOREST("经济林"), GRASS("种草"), CLOSURE("封禁治理"),
    TILLAGE("保土耕作"), OTHER("其他");

    private final String nameZh;

    Measure(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
