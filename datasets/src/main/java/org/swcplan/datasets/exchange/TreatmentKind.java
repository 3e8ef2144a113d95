package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/** treatment.csv: new treatment by measure per county and year. */
final class TreatmentKind implements DataKind<TreatmentRecord> {
    @Override
    public String name() {
        return "treatment";
    }

    @Override
    public String fileName() {
        return TreatmentFile.NAME;
    }

    @Override
    public Schema schema() {
        return TreatmentFile.SCHEMA;
    }

    @Override
    public Parsed<TreatmentRecord> read(String file, byte[] bytes, Optional<Charset> encoding,
                                        KnownCounties counties, DataErrors errors) {
        return TreatmentFile.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<TreatmentRecord, Object> key() {
        return r -> r.county() + " " + r.year();
    }


    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("code", "year"));
        for (Measure m : Measure.values()) {
            columns.add(TreatmentFile.column(m));
        }
        columns.addAll(List.of("check_dams_new", "investment_wan", TreatmentFile.CUMULATIVE, "source"));
        return columns;
    }

    @Override
    public List<String> cells(TreatmentRecord r) {
        List<String> cells = new ArrayList<>(List.of(r.county().id(), Integer.toString(r.year())));
        for (Measure m : Measure.values()) {
            cells.add(Numbers.exact(r.newTreatedKm2ByMeasure().get(m)));
        }
        cells.addAll(List.of(Integer.toString(r.checkDamsNew()), Numbers.exact(r.investmentWan()),
                Numbers.exact(r.reportedCumulativeKm2()), r.source()));
        return cells;
    }

    @Override
    public List<String> example() {
        return List.of("140827", "2025", "3.50", "8.00", "4.20", "0.80", "12.00", "2.40", "0", "1", "1920.50", "",
                "county water bureau ledger");
    }
}
