package org.swcplan.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/** Small hand-made records for model tests. */
public final class Fixtures {
    public static final CountyCode A = new CountyCode("140802");
    public static final CountyCode B = new CountyCode("140827");

    private Fixtures() {
    }

    public static County county(CountyCode code, String nameZh) {
        return new County(code, nameZh, "County " + code, CountyType.COUNTY, new Tile(0, 0), 1000);
    }

    /** A record whose erosion is all in the light class. */
    public static AnnualRecord record(CountyCode code, int year, double landKm2, double erosionKm2) {
        return new AnnualRecord(code, year, landKm2, new ErosionByClass(erosionKm2, 0, 0, 0, 0), 0,
                OptionalDouble.empty(), DataStatus.ESTIMATED, "test");
    }

    public static TreatmentRecord treatment(CountyCode code, int year, double km2) {
        return new TreatmentRecord(code, year, Map.of(Measure.TERRACE, km2), 0, 0, OptionalDouble.empty(), "test");
    }

    /**
     * Two counties of very different size and rate: A 1,000 km² with 100 km² eroding (90 %),
     * B 3,000 km² with 1,500 km² eroding (50 %), in 2023 and 2024.
     */
    public static Dataset twoCounties() {
        return new Dataset(List.of(county(A, "甲县"), county(B, "乙县")),
                List.of(record(A, 2023, 1000, 110), record(A, 2024, 1000, 100),
                        record(B, 2023, 3000, 1530), record(B, 2024, 3000, 1500)),
                List.of(treatment(A, 2024, 20), treatment(B, 2024, 60)),
                List.of(new Baseline(A, 400, 2023, 300, "test"), new Baseline(B, 2000, 2023, 1000, "test")),
                List.of(), List.of(), List.of(), List.of());
    }
}
