package org.swcplan.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.ReferenceIndicator;
import org.swcplan.model.region.ReferenceScope;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.region.Scope;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Everything known about one region: its counties, their monitoring and treatment histories,
 * baselines, targets, the plan's indicators and tasks, per-county parameters, the city, published
 * figures of the country and the province to compare with, and the counties' outlines for maps.
 * Lists are kept sorted by key, so every output built from a dataset has a fixed order.
 *
 * @param references published figures of the country and the province (references.csv); empty when absent
 * @param boundaries the counties' outlines (boundaries.geojson); empty when the dataset has none
 * @param items      the named items of the plan's indicators (indicator_items.csv); empty when absent
 * @param supervision the supervision ledger of production and construction projects by county and
 *                    year (supervision.csv); empty when absent
 * @param progress   the tasks' recorded progress (task_progress.csv); empty when absent
 * @param subunits   reporting sub-units within counties (subunits.csv), whose figures a ledger may give
 *                   on rows of their own; {@link #treatment()} holds those rows, {@link #treatmentOf}
 *                   rolls them into their county
 */
public record Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                      List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators,
                      List<PlanTask> tasks, List<CountyParameters> parameters,
                      java.util.Optional<org.swcplan.model.region.City> city, List<ReferenceFigure> references,
                      List<CountyBoundary> boundaries, List<IndicatorItem> items,
                      List<SupervisionRecord> supervision, List<TaskProgress> progress, List<Subunit> subunits) {
    /** Sources that mark invented, illustrative figures contain this word. */
    public static final String ILLUSTRATIVE = "illustrative";

    /** A dataset that does not name its city (city.csv absent): the city is known by its counties' code. */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters,
                java.util.Optional.empty());
    }

    /**
     * A dataset whose indicators list no named items (indicator_items.csv absent), without a
     * supervision ledger (supervision.csv absent) and without recorded task progress
     * (task_progress.csv absent).
     */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters, java.util.Optional<org.swcplan.model.region.City> city,
                   List<ReferenceFigure> references, List<CountyBoundary> boundaries) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters, city, references,
                boundaries, List.of(), List.of(), List.of(), List.of());
    }

    /** A dataset without recorded task progress (task_progress.csv absent). */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters, java.util.Optional<org.swcplan.model.region.City> city,
                   List<ReferenceFigure> references, List<CountyBoundary> boundaries, List<IndicatorItem> items,
                   List<SupervisionRecord> supervision) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters, city, references,
                boundaries, items, supervision, List.of(), List.of());
    }

    /** A dataset without reporting sub-units (subunits.csv absent). */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters, java.util.Optional<org.swcplan.model.region.City> city,
                   List<ReferenceFigure> references, List<CountyBoundary> boundaries, List<IndicatorItem> items,
                   List<SupervisionRecord> supervision, List<TaskProgress> progress) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters, city, references,
                boundaries, items, supervision, progress, List.of());
    }

    /** A dataset without reference figures (references.csv absent) or county outlines (boundaries.geojson absent). */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters, java.util.Optional<org.swcplan.model.region.City> city) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters, city, List.of(), List.of());
    }

    /** A dataset without a supervision ledger (supervision.csv absent) or recorded task progress (task_progress.csv absent). */
    public Dataset(List<County> counties, List<AnnualRecord> monitoring, List<TreatmentRecord> treatment,
                   List<Baseline> baselines, List<Target> targets, List<PlanIndicator> indicators, List<PlanTask> tasks,
                   List<CountyParameters> parameters, java.util.Optional<org.swcplan.model.region.City> city,
                   List<ReferenceFigure> references, List<CountyBoundary> boundaries, List<IndicatorItem> items) {
        this(counties, monitoring, treatment, baselines, targets, indicators, tasks, parameters, city, references,
                boundaries, items, List.of(), List.of(), List.of());
    }

    public Dataset {
        Objects.requireNonNull(city, "city");
        counties = sorted(counties, Comparator.comparing(County::code));
        monitoring = sorted(monitoring, Comparator.comparing(AnnualRecord::county).thenComparingInt(AnnualRecord::year));
        baselines = sorted(baselines, Comparator.comparing(Baseline::county));
        targets = sorted(targets, Comparator.comparing((Target t) -> t.scope().id())
                .thenComparing(Target::indicator).thenComparingInt(Target::year));
        indicators = List.copyOf(indicators);
        tasks = sorted(tasks, Comparator.comparingInt(PlanTask::number));
        parameters = sorted(parameters, Comparator.comparing(CountyParameters::county));
        references = sorted(references, Comparator.comparing(ReferenceFigure::scope)
                .thenComparing(ReferenceFigure::indicator).thenComparingInt(ReferenceFigure::year));
        boundaries = sorted(boundaries, Comparator.comparing(CountyBoundary::county));
        items = sorted(items, Comparator.comparing(IndicatorItem::indicator).thenComparing(IndicatorItem::id));
        supervision = sorted(supervision, Comparator.comparing(SupervisionRecord::county)
                .thenComparingInt(SupervisionRecord::year).thenComparing(SupervisionRecord::subunit));
        progress = sorted(progress, TaskProgress.ORDER);
        subunits = sorted(subunits, Comparator.comparing(Subunit::id));
        treatment = sorted(treatment, Comparator.comparing(TreatmentRecord::county).thenComparingInt(TreatmentRecord::year)
                .thenComparing(TreatmentRecord::subunit));
        requireUnique("county", counties, County::code);
        requireUnique("monitoring record", monitoring, r -> r.county() + "/" + r.year());
        requireUnique("treatment record", treatment, r -> r.county() + "/" + r.year() + "/" + r.subunit());
        requireUnique("sub-unit", subunits, Subunit::id);
        List<Subunit> declared = subunits;
        requireDeclared("treatment row", treatment.stream().filter(TreatmentRecord::ofSubunit)
                .map(r -> new SubunitRow(r.county(), r.year(), r.subunit())), declared);
        requireDeclared("supervision row", supervision.stream().filter(SupervisionRecord::ofSubunit)
                .map(r -> new SubunitRow(r.county(), r.year(), r.subunit())), declared);
        requireUnique("baseline", baselines, Baseline::county);
        requireUnique("target", targets, t -> t.scope().id() + "/" + t.year() + "/" + t.indicator());
        requireUnique("indicator", indicators, PlanIndicator::id);
        requireUnique("task", tasks, PlanTask::number);
        requireUnique("parameters", parameters, CountyParameters::county);
        requireUnique("reference figure", references,
                r -> r.scope().key() + "/" + r.indicator().key() + "/" + r.year());
        requireUnique("boundary", boundaries, CountyBoundary::county);
        requireUnique("indicator item", items, IndicatorItem::id);
        Set<String> indicatorIds = new HashSet<>();
        indicators.forEach(i -> indicatorIds.add(i.id()));
        items.stream().filter(item -> !indicatorIds.contains(item.indicator())).findFirst().ifPresent(item -> {
            throw new IllegalArgumentException("item " + item.id() + " names unknown indicator " + item.indicator());
        });
        requireUnique("supervision record", supervision, r -> r.county() + "/" + r.year() + "/" + r.subunit());
        requireUnique("task progress", progress, p -> p.task() + "/" + p.asOf());
        Set<CountyCode> known = new HashSet<>();
        counties.forEach(c -> known.add(c.code()));
        Stream.of(monitoring.stream().map(AnnualRecord::county), treatment.stream().map(TreatmentRecord::county),
                        baselines.stream().map(Baseline::county), parameters.stream().map(CountyParameters::county),
                        boundaries.stream().map(CountyBoundary::county),
                        items.stream().flatMap(item -> item.county().stream()),
                        subunits.stream().map(Subunit::parent),
                        supervision.stream().map(SupervisionRecord::county),
                        targets.stream().map(Target::scope).filter(CountyCode.class::isInstance).map(CountyCode.class::cast))
                .flatMap(Function.identity())
                .filter(code -> !known.contains(code))
                .findFirst()
                .ifPresent(code -> {
                    throw new IllegalArgumentException("unknown county code " + code);
                });
    }

    /** The named items of one indicator, by id. */
    public List<IndicatorItem> itemsOf(String indicator) {
        return items.stream().filter(item -> item.indicator().equals(indicator)).toList();
    }

    public Optional<County> county(CountyCode code) {
        return counties.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<AnnualRecord> record(CountyCode code, int year) {
        return monitoring.stream().filter(r -> r.county().equals(code) && r.year() == year).findFirst();
    }

    /** A county's monitoring records, oldest first. */
    public List<AnnualRecord> recordsOf(CountyCode code) {
        return monitoring.stream().filter(r -> r.county().equals(code)).toList();
    }

    /** A county's treatment by year, oldest first, the rows of its reporting sub-units rolled in. */
    public List<TreatmentRecord> treatmentOf(CountyCode code) {
        return rolledByYear(treatment.stream().filter(r -> r.county().equals(code)), TreatmentRecord::year,
                TreatmentRecord::ofSubunit, TreatmentRecord::plus);
    }

    /** Every county's treatment by year, its sub-units' rows rolled in: one record per county and year. */
    public List<TreatmentRecord> countyTreatment() {
        return counties.stream().flatMap(c -> treatmentOf(c.code()).stream()).toList();
    }

    /** The rows a ledger gives for one reporting sub-unit apart from its county's, oldest first. */
    public List<TreatmentRecord> treatmentOfSubunit(String subunit) {
        return treatment.stream().filter(r -> r.subunit().equals(subunit)).toList();
    }

    /** The reporting sub-unit a responsible body runs (运城开发区管委会 → 运城开发区), if the data has one. */
    public Optional<Subunit> subunitRunBy(String unitZh) {
        return subunits.stream().filter(u -> !u.unitZh().isEmpty() && u.unitZh().equals(unitZh)).findFirst();
    }

    public Optional<Baseline> baseline(CountyCode code) {
        return baselines.stream().filter(b -> b.county().equals(code)).findFirst();
    }

    /** The county's parameters, or the documented defaults where the dataset gives none. */
    public CountyParameters parameters(CountyCode code) {
        return parameters.stream().filter(p -> p.county().equals(code)).findFirst()
                .orElseGet(() -> CountyParameters.defaults(code));
    }

    /** A county's supervision ledger by year, oldest first, the rows of its reporting sub-units rolled in. */
    public List<SupervisionRecord> supervisionOf(CountyCode code) {
        return rolledByYear(supervision.stream().filter(r -> r.county().equals(code)), SupervisionRecord::year,
                SupervisionRecord::ofSubunit, SupervisionRecord::plus);
    }

    /**
     * One county's ledger rows, one a year, oldest first: its sub-units' rows added to its own, the
     * own row's cumulative figures and source kept ({@code plus} keeps its receiver's).
     */
    private static <R> List<R> rolledByYear(Stream<R> rows, ToIntFunction<R> year, Predicate<R> ofSubunit,
                                            BinaryOperator<R> plus) {
        Map<Integer, R> byYear = new TreeMap<>();
        rows.forEach(r -> byYear.merge(year.applyAsInt(r), r,
                (a, b) -> ofSubunit.test(a) ? plus.apply(b, a) : plus.apply(a, b)));
        return List.copyOf(byYear.values());
    }

    /** Every county's supervision ledger by year, its sub-units' rows rolled in: one record per county and year. */
    public List<SupervisionRecord> countySupervision() {
        return counties.stream().flatMap(c -> supervisionOf(c.code()).stream()).toList();
    }

    /** The supervision rows a ledger gives for one reporting sub-unit apart from its county's, oldest first. */
    public List<SupervisionRecord> supervisionOfSubunit(String subunit) {
        return supervision.stream().filter(r -> r.subunit().equals(subunit)).toList();
    }

    public Optional<CountyBoundary> boundary(CountyCode code) {
        return boundaries.stream().filter(b -> b.county().equals(code)).findFirst();
    }

    /** The counties the dataset has no outline for, in code order: all of them when it has no boundaries. */
    public List<County> countiesWithoutBoundary() {
        return counties.stream().filter(c -> boundary(c.code()).isEmpty()).toList();
    }

    public List<Target> targets(Scope scope, TargetIndicator indicator) {
        return targets.stream().filter(t -> t.scope().equals(scope) && t.indicator() == indicator).toList();
    }

    /** The published figures of one scope and indicator, oldest first. */
    public List<ReferenceFigure> references(ReferenceScope scope, ReferenceIndicator indicator) {
        return references.stream().filter(r -> r.scope() == scope && r.indicator() == indicator).toList();
    }

    /** The published figure of a scope and indicator for {@code year} exactly. */
    public Optional<ReferenceFigure> reference(ReferenceScope scope, ReferenceIndicator indicator, int year) {
        return references(scope, indicator).stream().filter(r -> r.year() == year).findFirst();
    }

    /**
     * The latest published figure of a scope and indicator for {@code year} or before it: what a
     * report on {@code year} can compare the city with when that year's figure is not (yet) published.
     */
    public Optional<ReferenceFigure> latestReference(ReferenceScope scope, ReferenceIndicator indicator, int year) {
        return references(scope, indicator).stream().filter(r -> r.year() <= year).reduce((a, b) -> b);
    }

    /** The latest year in which every county has a monitoring record. */
    public OptionalInt latestCompleteYear() {
        return monitoring.stream().mapToInt(AnnualRecord::year).distinct().sorted()
                .filter(this::isComplete).reduce((a, b) -> b);
    }

    /**
     * The dataset as it stood at the end of {@code year}: monitoring, treatment, the supervision
     * ledger and task progress of later years left out, items completed later shown as not yet
     * done (targets, indicators, tasks, parameters and reference figures kept).
     */
    public Dataset upTo(int year) {
        return new Dataset(counties, monitoring.stream().filter(r -> r.year() <= year).toList(),
                treatment.stream().filter(r -> r.year() <= year).toList(), baselines, targets, indicators, tasks,
                parameters, city, references, boundaries,
                items.stream().map(item -> item.asOf(year)).toList(),
                supervision.stream().filter(r -> r.year() <= year).toList(),
                progress.stream().filter(p -> p.year() <= year).toList(), subunits);
    }

    /** A task's latest recorded progress, if any. */
    public Optional<TaskProgress> progressOf(int task) {
        return TaskProgress.latest(progress, task);
    }

    /** A task's latest progress recorded in {@code year} or before, if any: what a report on that year can show. */
    public Optional<TaskProgress> progressOf(int task, int year) {
        return TaskProgress.latest(progress.stream().filter(p -> p.year() <= year).toList(), task);
    }

    /**
     * The latest year in which every county was monitored.
     *
     * @throws IllegalArgumentException naming the counties that have no monitoring at all, or that
     *                                  miss the latest year the others have
     */
    public int requireLatestCompleteYear() {
        return latestCompleteYear().orElseThrow(() -> {
            List<String> never = counties.stream().filter(c -> recordsOf(c.code()).isEmpty()).map(County::nameZh).toList();
            if (!never.isEmpty()) {
                return new IllegalArgumentException("no year has monitoring data for every county: "
                        + String.join("、", never) + " have no monitoring rows");
            }
            return new IllegalArgumentException("no year has monitoring data for every county");
        });
    }

    /** Whether every county has a monitoring record in {@code year}. */
    public boolean isComplete(int year) {
        return !counties.isEmpty() && counties.stream().allMatch(c -> record(c.code(), year).isPresent());
    }

    /**
     * The city's own administrative division code: city.csv's, else the prefecture part of its
     * counties' codes (the first four digits) followed by {@code 00}, e.g. 140800 for the counties
     * 1408xx of 运城市.
     * Outputs name the city by it, so that the code column holds a number in every row. Empty when
     * the counties do not share a prefecture.
     */
    public java.util.Optional<String> cityCode() {
        if (city.isPresent()) {
            return java.util.Optional.of(city.get().code());
        }
        Set<String> prefectures = new HashSet<>();
        for (County county : counties) {
            String code = county.code().id();
            prefectures.add(code.length() == 6 ? code.substring(0, 4) : code);
        }
        return prefectures.size() == 1 && prefectures.iterator().next().length() == 4
                ? java.util.Optional.of(prefectures.iterator().next() + "00") : java.util.Optional.empty();
    }

    /** Whether any figure of the dataset is marked as invented for illustration. */
    public boolean isIllustrative() {
        return Stream.of(monitoring.stream().map(AnnualRecord::source), treatment.stream().map(TreatmentRecord::source),
                        baselines.stream().map(Baseline::source), targets.stream().map(Target::source),
                        supervision.stream().map(SupervisionRecord::source))
                .flatMap(Function.identity())
                .anyMatch(source -> source.contains(ILLUSTRATIVE));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        return items.stream().map(Objects::requireNonNull).sorted(order).toList();
    }

    /** A ledger row naming a reporting sub-unit: its county, year and sub-unit. */
    private record SubunitRow(CountyCode county, int year, String subunit) {
    }

    /** Every sub-unit row names a declared sub-unit of its own county. */
    private static void requireDeclared(String what, Stream<SubunitRow> rows, List<Subunit> declared) {
        rows.filter(r -> declared.stream().noneMatch(u -> u.id().equals(r.subunit()) && u.parent().equals(r.county())))
                .findFirst().ifPresent(r -> {
                    throw new IllegalArgumentException(what + " " + r.county() + "/" + r.year() + " names sub-unit "
                            + r.subunit() + ", which is not a sub-unit of that county");
                });
    }

    private static <T> void requireUnique(String what, List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " " + key.apply(item));
            }
        }
    }
}
