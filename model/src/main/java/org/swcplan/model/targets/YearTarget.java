package org.swcplan.model.targets;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.Scope;

/**
 * One unit's targets for one year on the path to its milestones: the row of a target
 * responsibility letter (目标责任书). For the city every area is the sum over its counties and
 * every rate is recomputed from those sums.
 *
 * @param milestone             the milestone this year leads to (the first one not before it)
 * @param milestoneTargetPct    the unit's target for that milestone
 * @param source                where that target comes from
 * @param ratePct               水土保持率 on the path: linear from the last observed rate to the
 *                              first milestone target, then between milestone targets
 * @param gainPp                ratePct less the year before's (the last observed rate for the first year), points
 * @param erosionKm2            the erosion area the path allows, land × (1 − rate / 100)
 * @param reductionKm2          the erosion reduction the path takes this year, land × gain / 100
 * @param treatmentKm2          new treatment the path takes this year through the projection model:
 *                              the BAU pace plus the treatment beyond it (never below the pace)
 * @param bauPaceKm2            business-as-usual new treatment a year (mean of the latest years)
 * @param extraTreatmentKm2     treatment beyond the BAU pace this year (treatmentKm2 − bauPaceKm2)
 * @param bauMedianPct          the business-as-usual forecast median of the rate this year
 * @param k                     the county's mean effectiveness (km² of erosion removed per km² treated); NaN for the city
 * @param treatmentDegreePct    治理度 on its path to the city's 治理度 target; NaN without baselines or such a target
 * @param degreeTreatmentKm2    new treatment the 治理度 path takes this year, stock × gain / 100; NaN likewise
 * @param requiredTreatmentKm2  the larger of the two needs (for the city: the sum of the counties')
 */
public record YearTarget(Scope unit, String nameZh, String nameEn, int year, int milestone, double milestoneTargetPct,
                         TargetSource source, double ratePct, double gainPp, double erosionKm2, double reductionKm2,
                         double treatmentKm2, double bauPaceKm2, double extraTreatmentKm2, double bauMedianPct, double k,
                         double treatmentDegreePct, double degreeTreatmentKm2, double requiredTreatmentKm2) {
    public YearTarget {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Checks.year("year", year);
        Checks.within("rate", ratePct, 0, 100);
        Checks.nonNegative("erosion", erosionKm2);
        Checks.nonNegative("treatment", treatmentKm2);
        Checks.nonNegative("required treatment", requiredTreatmentKm2);
    }

    public boolean isCity() {
        return unit.equals(Scope.CITY);
    }
}
