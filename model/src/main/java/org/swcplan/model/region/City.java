package org.swcplan.model.region;

import java.util.Objects;

/**
 * The city the counties belong to and the plan they work to: the city's own division code (the
 * code that names the city in every output), its names, and the plan's document number and title.
 *
 * @param code       six digits, the prefecture's code ending in 00 (e.g. 140800)
 * @param documentNo the plan's document number (e.g. 运政办发〔2024〕3号); empty when unknown
 * @param planTitle  the plan's title; empty when unknown
 */
public record City(String code, String nameZh, String nameEn, String documentNo, String planTitle) {
    public City {
        Objects.requireNonNull(code, "code");
        nameZh = nameZh == null || nameZh.isBlank() ? "全市" : nameZh;
        nameEn = nameEn == null || nameEn.isBlank() ? "City" : nameEn;
        documentNo = documentNo == null ? "" : documentNo;
        planTitle = planTitle == null ? "" : planTitle;
    }
}
