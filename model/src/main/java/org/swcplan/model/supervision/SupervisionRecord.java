package org.swcplan.model.supervision;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/**
 * One row of the supervision ledger (监督管理台账): a county's figures of one year and their source.
 *
 * @param subunit the reporting sub-unit (subunits.csv) whose own figures the row gives, apart from
 *                the county's; empty for the county's own row
 */
public record SupervisionRecord(CountyCode county, int year, SupervisionFigures figures, String source,
                                String subunit) {
    /** The county's own row of a year. */
    public SupervisionRecord(CountyCode county, int year, SupervisionFigures figures, String source) {
        this(county, year, figures, source, "");
    }

    public SupervisionRecord {
        Objects.requireNonNull(county, "county");
        Checks.year("year", year);
        Objects.requireNonNull(figures, "figures");
        source = source == null ? "" : source;
        subunit = subunit == null ? "" : subunit.strip();
    }

    /** Whether the row gives a reporting sub-unit's figures rather than the county's own. */
    public boolean ofSubunit() {
        return !subunit.isEmpty();
    }

    /** This county-year with {@code other}'s figures of the same county and year added; this row's source. */
    public SupervisionRecord plus(SupervisionRecord other) {
        if (!other.county.equals(county) || other.year != year) {
            throw new IllegalArgumentException("rows of different counties or years do not add up");
        }
        return new SupervisionRecord(county, year, figures.plus(other.figures), source, "");
    }
}
