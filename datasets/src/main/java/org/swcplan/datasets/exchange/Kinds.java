package org.swcplan.datasets.exchange;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.Target;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

/** Every kind of file that can be validated, imported, exported as data, or templated. */
public final class Kinds {
    public static final DataKind<AnnualRecord> MONITORING = new MonitoringKind();
    public static final DataKind<TreatmentRecord> TREATMENT = new TreatmentKind();
    public static final DataKind<Baseline> BASELINE = new BaselineKind();
    public static final DataKind<Target> TARGETS = new TargetsKind();
    public static final DataKind<ParamsFile.Entry> PARAMS = new ParamsKind();
    public static final DataKind<PlanIndicator> INDICATORS = new IndicatorsKind();
    public static final DataKind<PlannedTreatment> PLAN = new PlanKind();

    private Kinds() {
    }

    public static List<DataKind<?>> all() {
        return List.of(MONITORING, TREATMENT, BASELINE, TARGETS, PARAMS, INDICATORS, PLAN);
    }

    /**
     * @throws IllegalArgumentException naming the known kinds
     */
    public static DataKind<?> byName(String name) {
        return all().stream().filter(k -> k.name().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + name + "\"; known: "
                        + all().stream().map(DataKind::name).collect(Collectors.joining(", "))));
    }
}
