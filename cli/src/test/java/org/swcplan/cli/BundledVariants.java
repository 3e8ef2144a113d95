package org.swcplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.region.County;

/**
 * The bundled dataset, and seeded random variants of it: each county's monitored erosion history
 * bent by its own trend and shaken by yearly noise, every intensity class (and wind erosion) scaled
 * alike so that the classes still sum to the total and stay within the land area. Treatment,
 * baselines, targets and parameters are kept.
 */
final class BundledVariants {
    /** Largest extra trend a year in the log of a county's erosion, either way. */
    private static final double TREND = 0.04;
    /** Standard deviation of the yearly noise in the log of a county's erosion. */
    private static final double NOISE = 0.02;

    private BundledVariants() {
    }

    static Dataset bundled() {
        return DatasetReader.read(new BundledDataset()).dataset();
    }

    /** A variant of {@code dataset}: the same seed gives the same variant. */
    static Dataset variant(Dataset dataset, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AnnualRecord> records = new ArrayList<>();
        for (County county : dataset.counties()) {
            List<AnnualRecord> history = dataset.recordsOf(county.code());
            double trend = (2 * random.nextDouble() - 1) * TREND;
            int middle = history.get(history.size() / 2).year();
            for (AnnualRecord r : history) {
                double factor = Math.exp(trend * (r.year() - middle) + NOISE * gaussian(random));
                // never more erosion than 95 % of the land
                factor = Math.min(factor, 0.95 * r.landAreaKm2() / r.erosionKm2());
                ErosionByClass e = r.erosionByClass();
                records.add(new AnnualRecord(r.county(), r.year(), r.landAreaKm2(),
                        new ErosionByClass(e.lightKm2() * factor, e.moderateKm2() * factor, e.intenseKm2() * factor,
                                e.veryIntenseKm2() * factor, e.severeKm2() * factor),
                        r.windErosionKm2() * factor, OptionalDouble.empty(), r.status(), r.source()));
            }
        }
        return new Dataset(dataset.counties(), records, dataset.treatment(), dataset.baselines(), dataset.targets(),
                dataset.indicators(), dataset.tasks(), dataset.parameters(), dataset.city(), dataset.references(),
                dataset.boundaries(), dataset.items(), dataset.supervision(), dataset.progress(), dataset.subunits());
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
