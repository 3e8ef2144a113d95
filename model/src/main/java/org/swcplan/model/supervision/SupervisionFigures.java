package org.swcplan.model.supervision;

import java.util.Objects;
import java.util.OptionalDouble;
import org.swcplan.model.Checks;

/**
 * The supervision (监督管理) of production and construction projects in one place and year: counts
 * of the ledger, the compensation fees levied, and the area disturbed by people where it was
 * measured (an absent area is not a zero one).
 *
 * @param plansApproved      水土保持方案审批数: soil and water conservation plans approved
 * @param patchesFound       遥感图斑: disturbance patches found by remote sensing
 * @param patchesHandled     查处图斑: patches investigated and dealt with in the year, some may have been found before it
 * @param compensationFeeWan 水土保持补偿费征收, 万元
 * @param acceptanceFilings  验收报备: completion acceptances filed
 * @param casesOpened        违法案件立案
 * @param casesClosed        违法案件结案: cases closed in the year, including cases opened in earlier years
 * @param disturbedAreaKm2   人为扰动面积, km², where measured
 */
public record SupervisionFigures(int plansApproved, int patchesFound, int patchesHandled, double compensationFeeWan,
                                 int acceptanceFilings, int casesOpened, int casesClosed,
                                 OptionalDouble disturbedAreaKm2) {
    /** The keys (file columns) of the counts, which readers and outputs treat as whole numbers. */
    public static final java.util.List<String> COUNT_KEYS = java.util.List.of("plans_approved", "patches_found",
            "patches_handled", "acceptance_filings", "cases_opened", "cases_closed");

    public SupervisionFigures {
        count("plans_approved", plansApproved);
        count("patches_found", patchesFound);
        count("patches_handled", patchesHandled);
        Checks.nonNegative("compensation_fee_wan", compensationFeeWan);
        count("acceptance_filings", acceptanceFilings);
        count("cases_opened", casesOpened);
        count("cases_closed", casesClosed);
        Objects.requireNonNull(disturbedAreaKm2, "disturbedAreaKm2");
        disturbedAreaKm2.ifPresent(v -> Checks.nonNegative("disturbed_area_km2", v));
    }

    /** Nothing: the start of a sum. */
    public static final SupervisionFigures NONE = new SupervisionFigures(0, 0, 0, 0, 0, 0, 0, OptionalDouble.of(0));

    /** The sum of both; the disturbed area only where both have one (a sum with a part unknown is unknown). */
    public SupervisionFigures plus(SupervisionFigures other) {
        OptionalDouble area = disturbedAreaKm2.isPresent() && other.disturbedAreaKm2.isPresent()
                ? OptionalDouble.of(disturbedAreaKm2.getAsDouble() + other.disturbedAreaKm2.getAsDouble())
                : OptionalDouble.empty();
        return new SupervisionFigures(plansApproved + other.plansApproved, patchesFound + other.patchesFound,
                patchesHandled + other.patchesHandled, compensationFeeWan + other.compensationFeeWan,
                acceptanceFilings + other.acceptanceFilings, casesOpened + other.casesOpened,
                casesClosed + other.casesClosed, area);
    }

    /** 查处率: patches handled per patch found, %; empty when none was found. */
    public OptionalDouble handlingRatePct() {
        return rate(patchesHandled, patchesFound);
    }

    /**
     * 结案率: cases closed per case opened in the year, %; empty when none was opened. It may pass
     * 100% in a year that closes cases opened before it.
     */
    public OptionalDouble closureRatePct() {
        return rate(casesClosed, casesOpened);
    }

    /** More patches handled than found: possible (patches of earlier years), but worth a look. */
    public boolean handledExceedsFound() {
        return patchesHandled > patchesFound;
    }

    private static OptionalDouble rate(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }

    private static void count(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
    }
}
