package org.swcplan.model.region;

import org.swcplan.model.Keys;

/** The wider region a published reference figure is about: the whole country, or the province. */
public enum ReferenceScope {
    /** 全国. */
    NATIONAL,
    /** The province the city belongs to (山西省 for 运城市). */
    PROVINCE;

    public String key() {
        return Keys.of(this);
    }

    public static ReferenceScope fromKey(String text) {
        return Keys.parse(ReferenceScope.class, "scope", text);
    }
}
