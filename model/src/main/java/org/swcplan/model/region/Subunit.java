package org.swcplan.model.region;

import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * A reporting sub-unit within a county (运城开发区 within 盐湖区): a body that the plan makes
 * responsible for tasks and whose figures a ledger may give on rows of their own. Those rows roll up
 * into the parent county, whose own row then leaves them out, so nothing is counted twice.
 *
 * @param id     the key ledgers name it by
 * @param parent the county it lies in and rolls up into
 * @param unitZh the responsible body as the plan names it (运城开发区管委会); empty where it names none
 */
public record Subunit(String id, String nameZh, String nameEn, CountyCode parent, String unitZh, String source) {
    public Subunit {
        Checks.nonBlank("id", id);
        Checks.nonBlank("name_zh", nameZh);
        Objects.requireNonNull(parent, "parent");
        nameEn = nameEn == null ? "" : nameEn;
        unitZh = unitZh == null ? "" : unitZh.strip();
        source = source == null ? "" : source;
    }
}
