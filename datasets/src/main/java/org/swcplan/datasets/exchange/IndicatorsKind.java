package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.IndicatorsFile;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.PlanIndicator;

/** indicators.csv: the plan's other quantitative commitments. */
final class IndicatorsKind implements DataKind<PlanIndicator> {
    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public String fileName() {
        return IndicatorsFile.NAME;
    }

    @Override
    public Schema schema() {
        return IndicatorsFile.SCHEMA;
    }

    @Override
    public Parsed<PlanIndicator> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                      DataErrors errors) {
        return IndicatorsFile.read(file, bytes, encoding, errors);
    }

    @Override
    public Function<PlanIndicator, Object> key() {
        return PlanIndicator::id;
    }


    @Override
    public List<String> columns() {
        return List.of("id", "name_zh", "name_en", "unit", "target", "deadline", "baseline_2023", "progress",
                "progress_year", "source");
    }

    @Override
    public List<String> cells(PlanIndicator i) {
        return List.of(i.id(), i.nameZh(), i.nameEn(), i.unit().key(), Numbers.exact(i.target()),
                Integer.toString(i.deadline()), Numbers.exact(i.baseline()), Numbers.exact(i.progress()),
                Integer.toString(i.progressYear()), i.source());
    }

    @Override
    public List<String> example() {
        return List.of("check_dams", "高标准淤地坝", "High-standard check dams", "count", "17", "2025", "0", "11",
                "2025", "运政办发〔2024〕3号");
    }
}
