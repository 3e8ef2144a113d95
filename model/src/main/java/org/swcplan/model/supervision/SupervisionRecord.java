package org.swcplan.model.supervision;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/** One row of the supervision ledger (监督管理台账): a county's figures of one year and their source. */
public record SupervisionRecord(CountyCode county, int year, SupervisionFigures figures, String source) {
    public SupervisionRecord {
        Objects.requireNonNull(county, "county");
        Checks.year("year", year);
        Objects.requireNonNull(figures, "figures");
        source = source == null ? "" : source;
    }
}
