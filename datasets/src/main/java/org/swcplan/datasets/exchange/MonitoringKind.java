package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.monitoring.AnnualRecord;

/** monitoring.csv: erosion by class per county and year. */
final class MonitoringKind implements DataKind<AnnualRecord> {
    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public String fileName() {
        return MonitoringFile.NAME;
    }

    @Override
    public Schema schema() {
        return MonitoringFile.SCHEMA;
    }

    @Override
    public Parsed<AnnualRecord> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                     DataErrors errors) {
        return MonitoringFile.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<AnnualRecord, Object> key() {
        return r -> r.county() + " " + r.year();
    }


    @Override
    public List<String> columns() {
        return List.of("code", "year", "land_area_km2", "erosion_light_km2", "erosion_moderate_km2",
                "erosion_intense_km2", "erosion_very_intense_km2", "erosion_severe_km2", "erosion_wind_km2",
                "swc_rate_reported_pct", "status", "source");
    }

    @Override
    public List<String> cells(AnnualRecord r) {
        var e = r.erosionByClass();
        return List.of(r.county().id(), Integer.toString(r.year()), Numbers.exact(r.landAreaKm2()),
                Numbers.exact(e.lightKm2()), Numbers.exact(e.moderateKm2()), Numbers.exact(e.intenseKm2()),
                Numbers.exact(e.veryIntenseKm2()), Numbers.exact(e.severeKm2()), Numbers.exact(r.windErosionKm2()),
                Numbers.exact(r.reportedRatePct()), r.status().label(), r.source());
    }

    @Override
    public List<String> example() {
        return List.of("140802", "2025", "1203.53", "88.10", "29.00", "12.10", "6.60", "2.20", "0", "88.48",
                "reported", "county monitoring station");
    }
}
