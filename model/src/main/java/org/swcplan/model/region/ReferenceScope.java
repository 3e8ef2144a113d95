package org.swcplan.model.region;

import org.swcplan.model.Keyed;

/** The wider region a published reference figure is about: the whole country, or the province. */
public enum ReferenceScope implements Keyed {
    /** 全国. */
    NATIONAL,
    /** The province the city belongs to (山西省 for 运城市). */
    PROVINCE;

    public static ReferenceScope fromKey(String text) {
        return Keyed.parse(ReferenceScope.class, "scope", text);
    }
}
