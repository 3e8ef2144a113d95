package org.swcplan.datasets.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetFolder;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.DirectorySource;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.exchange.CanonicalCsv;
import org.swcplan.datasets.exchange.Kinds;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.ReferenceIndicator;
import org.swcplan.model.region.ReferenceScope;

class ReferencesFileTest {
    private static final Dataset BUNDLED = DatasetReader.read(new BundledDataset()).dataset();

    private static List<Double> values(ReferenceScope scope, ReferenceIndicator indicator) {
        return BUNDLED.references(scope, indicator).stream().map(ReferenceFigure::value).toList();
    }

    @Test
    void theBundledFiguresAreTheCountrysAndShanxisPublishedOnes() {
        assertThat(BUNDLED.references()).hasSize(13);
        // domain research §1.2 (MWR annual dynamic monitoring) and §1.4 (Shanxi)
        assertThat(BUNDLED.references(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT))
                .extracting(ReferenceFigure::year).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(values(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT))
                .containsExactly(71.4, 71.66, 71.85, 72.04, 72.26, 72.56, 72.83);
        assertThat(values(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_TARGET_PCT)).containsExactly(73.0, 75.0);
        assertThat(values(ReferenceScope.PROVINCE, ReferenceIndicator.SWC_RATE_PCT)).containsExactly(63.0, 65.5);
        assertThat(values(ReferenceScope.PROVINCE, ReferenceIndicator.SWC_RATE_TARGET_PCT))
                .containsExactly(66.18, 72.43);
        assertThat(BUNDLED.reference(ReferenceScope.PROVINCE, ReferenceIndicator.SWC_RATE_TARGET_PCT, 2035)
                .map(ReferenceFigure::nameZh)).contains("山西省");
        assertThat(BUNDLED.latestReference(ReferenceScope.PROVINCE, ReferenceIndicator.SWC_RATE_PCT, 2023)
                .map(ReferenceFigure::year)).contains(2021);
    }

    @Test
    void everyBundledFigureNamesItsPublicationAndOnlyTheWorkedOutOneSaysDerived() {
        assertThat(BUNDLED.references()).allSatisfy(r -> assertThat(r.source()).contains("http"));
        assertThat(BUNDLED.references()).filteredOn(ReferenceFigure::isDerived).extracting(ReferenceFigure::year)
                .containsExactly(2019);
        assertThat(BUNDLED.references()).extracting(ReferenceFigure::nameEn).containsOnly("China", "Shanxi Province");
        assertThat(BUNDLED.isIllustrative()).as("the county histories still are").isTrue();
    }

    @Test
    void theBundledFileIsInCanonicalForm() throws Exception {
        String bundled = new String(new BundledDataset().read(ReferencesFile.NAME).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(CanonicalCsv.text(Kinds.REFERENCES, BUNDLED.references())).isEqualTo(bundled);
    }

    @Test
    void badRowsAreReportedWithTheirPlace() {
        String csv = "scope,name_zh,name_en,year,indicator,value,source\n"
                + "national,全国,China,2024,swc_rate_pct,72.83,水利部\n"
                + "national,全国,China,2023,swc_rate_pct,n/a,水利部\n"
                + "national,全国,China,2022,swc_rate_pct,172.26,水利部\n"
                + "city,运城市,Yuncheng,2024,swc_rate_pct,77.07,运城市\n"
                + "national,全国,China,2025,swc_rate_goal,73,意见\n"
                + "national,全国,China,2024,swc_rate_pct,72.8,水利部\n"
                + "province,山西省,Shanxi Province,2024,swc_rate_pct,65.5,山西省人民政府\n"
                + "province,陕西省,Shaanxi Province,2021,swc_rate_pct,63,陕西日报\n"
                + "province,山西省,Shanxi Province,2021,swc_rate_pct,-1,\n";
        DataErrors errors = new DataErrors();
        var parsed = ReferencesFile.read(ReferencesFile.NAME, csv.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                KnownCounties.unchecked(), errors);
        assertThat(errors.list()).extracting(DataError::format).containsExactly(
                "references.csv:3:6 (value): expected a number, found \"n/a\"",
                "references.csv:4:6 (value): must be within 0–100 %, found 172.26",
                "references.csv:5:1 (scope): scope must be national or province, was city",
                "references.csv:6:5 (indicator): indicator must be swc_rate_pct or swc_rate_target_pct, "
                        + "was swc_rate_goal",
                "references.csv:7:1 (scope): duplicate key national swc_rate_pct 2024 (first on line 2)",
                "references.csv:9:2 (name_zh): every province row names the same region: 山西省 on line 8, 陕西省 here",
                "references.csv:10:6 (value): must be within 0–100 %, found -1",
                "references.csv:10:7 (source): a value is required");
        assertThat(parsed.records()).extracting(r -> r.line()).containsExactly(2L, 7L, 8L, 9L);
    }

    @Test
    void aDatasetWithoutTheFileHasNoReferenceFigures(@TempDir Path dir) throws Exception {
        DatasetFolder.writeBundled(dir, false);
        Files.delete(dir.resolve(ReferencesFile.NAME));
        DatasetReader.Loaded loaded = DatasetReader.read(new DirectorySource(dir));
        assertThat(loaded.dataset().references()).isEmpty();
        assertThat(loaded.rowsByFile()).doesNotContainKey(ReferencesFile.NAME).containsKey(CityFile.NAME);
    }

    @Test
    void aFolderWithTheBundledFileReadsItsRows(@TempDir Path dir) throws Exception {
        DatasetFolder.writeBundled(dir, false);
        DatasetReader.Loaded loaded = DatasetReader.read(new DirectorySource(dir));
        assertThat(loaded.rowsByFile()).containsEntry(ReferencesFile.NAME, 13);
        assertThat(loaded.dataset().references()).isEqualTo(BUNDLED.references());
    }
}
