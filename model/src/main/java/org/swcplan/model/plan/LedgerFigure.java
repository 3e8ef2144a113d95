package org.swcplan.model.plan;

import java.util.Locale;
import org.swcplan.model.Keyed;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * A figure of the treatment ledger an indicator is counted from, keyed by its column in
 * {@code treatment.csv}: terraces upgraded (the plan's 坡耕地综合治理 is 老旧梯田提升改造), check dams
 * newly built, reinforced or upgraded.
 */
public enum LedgerFigure implements Keyed {
    UPGRADED_TERRACE_KM2, CHECK_DAMS_NEW, CHECK_DAMS_REINFORCED, CHECK_DAMS_UPGRADED;

    /** The figure in one county's year of the ledger. */
    public double of(TreatmentRecord record) {
        return switch (this) {
            case UPGRADED_TERRACE_KM2 -> record.upgrading().upgradedKm2(Measure.TERRACE);
            case CHECK_DAMS_NEW -> record.checkDamsNew();
            case CHECK_DAMS_REINFORCED -> record.upgrading().checkDamsReinforced();
            case CHECK_DAMS_UPGRADED -> record.upgrading().checkDamsUpgraded();
        };
    }

    public static LedgerFigure fromKey(String text) {
        return Keyed.parse(LedgerFigure.class, "ledger", text.strip().toLowerCase(Locale.ROOT));
    }
}
