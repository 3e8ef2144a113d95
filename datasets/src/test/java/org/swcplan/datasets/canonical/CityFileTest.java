package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;

class CityFileTest {
    @Test
    void theBundledCityIsYunchengWithItsPlan() {
        var city = DatasetReader.read(new BundledDataset()).dataset().city().orElseThrow();
        assertThat(city.code()).isEqualTo("140800");
        assertThat(city.nameZh()).isEqualTo("运城市");
        assertThat(city.documentNo()).isEqualTo("运政办发〔2024〕3号");
        assertThat(DatasetReader.read(new BundledDataset()).dataset().cityCode()).contains("140800");
    }

    @Test
    void aCodeThatIsNotACitysIsRejectedWithItsPlace() {
        DataErrors errors = new DataErrors();
        CityFile.read("city.csv", "code,name_zh,name_en\n140821,临猗县,Linyi\n".getBytes(StandardCharsets.UTF_8),
                Optional.empty(), KnownCounties.unchecked(), errors);
        assertThat(errors.list()).extracting(DataError::format)
                .singleElement().asString().startsWith("city.csv:2:1 (code): expected the city's six-digit division code");
    }

    @Test
    void twoCitiesAreOneTooMany() {
        DataErrors errors = new DataErrors();
        CityFile.read("city.csv", "code,name_zh,name_en\n140800,运城市,Yuncheng\n140900,忻州市,Xinzhou\n"
                .getBytes(StandardCharsets.UTF_8), Optional.empty(), KnownCounties.unchecked(), errors);
        assertThat(errors.list()).isNotEmpty();
    }
}
