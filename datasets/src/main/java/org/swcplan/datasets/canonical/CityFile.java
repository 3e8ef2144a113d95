package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.region.City;
import org.swcplan.model.region.CountyCode;

/**
 * {@code city.csv} (optional): one row naming the city and its plan: its division code, its names,
 * and the plan's document number and title. Without it the city is known by its counties' code.
 */
public final class CityFile {
    public static final String NAME = "city.csv";
    public static final Schema SCHEMA = Schema.of(List.of("code", "name_zh", "name_en"),
            List.of("document_no", "plan_title", "source"));

    private CityFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<City> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                    DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, CityFile::city, errors)
                .rejectDuplicates(c -> "city", "code", errors);
    }

    private static Optional<City> city(Fields f) {
        String code = f.requiredText("code");
        if (!code.isEmpty() && !(CountyCode.isValid(code) && code.endsWith("00"))) {
            f.error("code", "expected the city's six-digit division code ending in 00, found \"" + code + "\"");
        }
        String nameZh = f.requiredText("name_zh");
        String nameEn = f.requiredText("name_en");
        if (f.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new City(code, nameZh, nameEn, f.text("document_no"), f.text("plan_title")));
    }
}
