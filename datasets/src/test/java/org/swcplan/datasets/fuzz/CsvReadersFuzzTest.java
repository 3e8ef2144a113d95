package org.swcplan.datasets.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Kinds;

/**
 * Every reader, given any bytes, either reads records or reports data errors: no other exception
 * escapes. {@code mvn verify} runs the stored inputs (regression mode); set JAZZER_FUZZ=1 to fuzz.
 */
class CsvReadersFuzzTest {
    private static final KnownCounties COUNTIES =
            KnownCounties.of(DatasetReader.read(new BundledDataset()).dataset().counties());
    private static final List<DataKind<?>> KINDS = Kinds.all();

    @FuzzTest(maxDuration = "30s")
    void everyReaderRejectsOnlyWithDataErrors(FuzzedDataProvider data) {
        DataKind<?> kind = KINDS.get(data.consumeInt(0, KINDS.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        DataErrors errors = new DataErrors();
        try {
            kind.read("fuzz.csv", bytes, Optional.empty(), COUNTIES, errors);
        } catch (InvalidDataException expected) {
            // a data error is the reader's way to refuse input
        }
    }
}
