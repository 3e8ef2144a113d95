package org.swcplan.datasets.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.plan.Bilingual;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.region.County;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.ReferenceIndicator;
import org.swcplan.model.region.ReferenceScope;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Export then import gives back identical records, in every encoding and header language; the
 * bundled plan files are written as the exchange writes them.
 */
class RoundTripTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();
    private static final KnownCounties COUNTIES = KnownCounties.of(BUNDLED.counties());
    /** Texts that spreadsheets and CSV make hard: quotes, commas, formulas, Chinese, line breaks. */
    private static final List<String> TEXTS = List.of("", "县水利局", "=SUM(A1)", "-note", "+1 plan", "@here",
            "a, b", "say \"x\"", "two\nlines", "运政办发〔2024〕3号", "illustrative");

    static Stream<Object[]> cases() {
        return LongStream.range(1, 9).boxed().flatMap(seed -> Stream.of(Exporter.Encoding.values())
                .flatMap(e -> Stream.of(Exporter.HeaderLanguage.values()).map(h -> new Object[] {seed, e, h})));
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} headers")
    @MethodSource("cases")
    void monitoringSurvivesExportAndImport(long seed, Exporter.Encoding encoding, Exporter.HeaderLanguage headers) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AnnualRecord> records = new ArrayList<>();
        for (County c : BUNDLED.counties()) {
            if (random.nextBoolean()) {
                double land = round(random.nextDouble(100, 3000), random.nextInt(5));
                double[] classes = random.doubles(5, 0, land / 6).map(v -> round(v, random.nextInt(4))).toArray();
                records.add(new AnnualRecord(c.code(), 2000 + random.nextInt(30), land, new ErosionByClass(classes[0],
                        classes[1], classes[2], classes[3], classes[4]), round(random.nextDouble(0, 5), 2),
                        random.nextBoolean() ? OptionalDouble.of(round(random.nextDouble(0, 100), 2)) : OptionalDouble.empty(),
                        DataStatus.values()[random.nextInt(DataStatus.values().length)], TEXTS.get(random.nextInt(TEXTS.size()))));
            }
        }
        assertThat(roundTrip(Kinds.MONITORING, records, encoding, headers)).as("seed %d", seed).isEqualTo(records);
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} headers")
    @MethodSource("cases")
    void treatmentSurvivesExportAndImport(long seed, Exporter.Encoding encoding, Exporter.HeaderLanguage headers) {
        SplittableRandom random = new SplittableRandom(seed * 31);
        List<TreatmentRecord> records = new ArrayList<>();
        for (County c : BUNDLED.counties()) {
            Map<Measure, Double> measures = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                measures.put(m, random.nextBoolean() ? 0 : round(random.nextDouble(0, 50), random.nextInt(4)));
            }
            records.add(new TreatmentRecord(c.code(), 2010 + random.nextInt(20), measures, random.nextInt(5),
                    round(random.nextDouble(0, 9999), 2), OptionalDouble.empty(), TEXTS.get(random.nextInt(TEXTS.size()))));
        }
        assertThat(roundTrip(Kinds.TREATMENT, records, encoding, headers)).as("seed %d", seed).isEqualTo(records);
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} headers")
    @MethodSource("cases")
    void referenceFiguresSurviveExportAndImport(long seed, Exporter.Encoding encoding, Exporter.HeaderLanguage headers) {
        SplittableRandom random = new SplittableRandom(seed * 97);
        List<ReferenceFigure> records = new ArrayList<>();
        for (ReferenceScope scope : ReferenceScope.values()) {
            for (ReferenceIndicator indicator : ReferenceIndicator.values()) {
                for (int year = 2011; year <= 2035; year++) {
                    if (random.nextInt(4) == 0) {
                        String source = TEXTS.get(1 + random.nextInt(TEXTS.size() - 1));
                        records.add(scope == ReferenceScope.NATIONAL
                                ? new ReferenceFigure(scope, "全国", "China", year, indicator,
                                        round(random.nextDouble(0, 100), random.nextInt(4)), source)
                                : new ReferenceFigure(scope, "山西省", "Shanxi Province", year, indicator,
                                        round(random.nextDouble(0, 100), random.nextInt(4)), source));
                    }
                }
            }
        }
        assertThat(roundTrip(Kinds.REFERENCES, records, encoding, headers)).as("seed %d", seed).isEqualTo(records);
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} headers")
    @MethodSource("cases")
    void tasksKeepTheirEnglishThroughExportAndImport(long seed, Exporter.Encoding encoding,
                                                     Exporter.HeaderLanguage headers) {
        SplittableRandom random = new SplittableRandom(seed * 37);
        List<PlanTask> records = new ArrayList<>();
        for (PlanTask t : BUNDLED.tasks()) {
            if (random.nextInt(3) == 0) {
                // each text and each list of units keeps its English or loses it, independently
                records.add(new PlanTask(t.number(), maybeEnglish(t.section(), random), Bilingual.of(t.text().zh(),
                        random.nextBoolean() ? TEXTS.get(random.nextInt(TEXTS.size())) : t.text().en()),
                        maybeEnglish(t.lead(), random), maybeEnglish(t.cooperating(), random), t.status(),
                        TEXTS.get(random.nextInt(TEXTS.size()))));
            }
        }
        assertThat(roundTrip(Kinds.TASKS, records, encoding, headers)).as("seed %d", seed).isEqualTo(records);
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} headers")
    @MethodSource("cases")
    void indicatorsKeepTheirChineseUnitThroughExportAndImport(long seed, Exporter.Encoding encoding,
                                                              Exporter.HeaderLanguage headers) {
        SplittableRandom random = new SplittableRandom(seed * 41);
        List<String> words = List.of("", "座", "条", "个", "户", "处", "平方公里");
        List<PlanIndicator> records = new ArrayList<>();
        for (PlanIndicator i : BUNDLED.indicators()) {
            records.add(new PlanIndicator(i.id(), i.nameZh(), i.nameEn(), i.unit(),
                    words.get(random.nextInt(words.size())), round(random.nextDouble(0, 100), random.nextInt(3)),
                    i.deadline(), i.baseline(), i.progress(), i.progressYear(), TEXTS.get(random.nextInt(TEXTS.size()))));
        }
        assertThat(roundTrip(Kinds.INDICATORS, records, encoding, headers)).as("seed %d", seed).isEqualTo(records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planFiles")
    void theBundledPlanFilesAreTheirOwnCanonicalText(DataKind<?> kind) {
        String bundled = new String(new BundledDataset().read(kind.fileName()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(canonical(kind, bundled)).isEqualTo(bundled);
    }

    static Stream<DataKind<?>> planFiles() {
        return Stream.of(Kinds.TASKS, Kinds.INDICATORS);
    }

    private static <T> String canonical(DataKind<T> kind, String text) {
        DataErrors errors = new DataErrors();
        List<T> records = kind.read(kind.fileName(), text.getBytes(StandardCharsets.UTF_8), Optional.empty(), COUNTIES,
                errors).values();
        assertThat(errors.list()).isEmpty();
        return CanonicalCsv.text(kind, records);
    }

    private static Bilingual maybeEnglish(Bilingual text, SplittableRandom random) {
        return random.nextBoolean() ? text : Bilingual.chineseOnly(text.zh());
    }

    private static List<Bilingual> maybeEnglish(List<Bilingual> units, SplittableRandom random) {
        return random.nextBoolean() ? units : units.stream().map(u -> Bilingual.chineseOnly(u.zh())).toList();
    }

    private static <T> List<T> roundTrip(DataKind<T> kind, List<T> records, Exporter.Encoding encoding,
                                         Exporter.HeaderLanguage headers) {
        byte[] exported = Exporter.encode(CanonicalCsv.exported(kind, records, headers), encoding, "x.csv");
        DataErrors errors = new DataErrors();
        Parsed<T> back = kind.read("x.csv", exported, Optional.empty(), COUNTIES, errors);
        assertThat(errors.list()).isEmpty();
        return back.values();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
