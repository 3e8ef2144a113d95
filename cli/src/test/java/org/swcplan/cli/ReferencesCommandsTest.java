package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** references.csv through validate, template and import. */
class ReferencesCommandsTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void validateListsTheBundledReferenceFigures() {
        assertThat(CliRun.of("validate", "--format", "csv").exits(ExitCode.OK).out())
                .contains("\nreferences.csv,references,13,true\n");
    }

    @Test
    void aFolderWithoutTheFileIsValidAndSaysItIsAbsent(@TempDir Path dir) throws Exception {
        Files.delete(DataFolder.init(dir).file("references.csv"));
        assertThat(CliRun.of("validate", "--data", dir.toString(), "--format", "csv").exits(ExitCode.OK).out())
                .contains("\nreferences.csv,references,,false\n");
    }

    @Test
    void aBadFigureIsInvalidDataWithItsPlace(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).setField("references.csv", 3, 6, "约71.66")
                .setField("references.csv", 11, 6, "165.5").setField("references.csv", 12, 1, "shanxi");
        Path references = data.file("references.csv");
        CliRun run = CliRun.of("validate", "--data", dir.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> l.contains(".csv:")).toList()).containsExactly(
                references + ":3:6 (value): expected a number, found \"约71.66\"",
                references + ":11:6 (value): must be within 0–100 %, found 165.5",
                references + ":12:1 (scope): scope must be national or province, was shanxi");
    }

    @Test
    void templatesHaveTheColumnsInEnglishOrChinese() {
        assertThat(CliRun.of("template", "--kind", "references").exits(ExitCode.OK).out()).isEqualTo(
                "scope,name_zh,name_en,year,indicator,value,source\r\n"
                        + "province,山西省,Shanxi Province,2024,swc_rate_pct,65.5,山西省人民政府\r\n");
        assertThat(CliRun.of("template", "--kind", "references", "--headers", "zh").exits(ExitCode.OK).out())
                .startsWith("范围,名称,英文名称,年份,指标,数值,来源\r\n");
    }

    @Test
    void aGbkFileWithChineseHeadersImportsNewFiguresBesideTheBundledOnes(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Path file = Files.write(dir.resolve("省级.csv"), ("范围,名称,英文名称,年份,指标,数值(%),来源\r\n"
                + "province,山西省,Shanxi Province,2023,swc_rate_pct,64.8,测试数据\r\n").getBytes(GBK));
        CliRun.of("import", file.toString(), "--kind", "references", "--into", data.toString()).exits(ExitCode.OK);
        String merged = Files.readString(data.file("references.csv"));
        assertThat(merged.lines()).hasSize(15);
        assertThat(merged).contains("\nprovince,山西省,Shanxi Province,2021,swc_rate_pct,63,")
                .contains("\nprovince,山西省,Shanxi Province,2023,swc_rate_pct,64.8,测试数据\n"
                        + "province,山西省,Shanxi Province,2024,swc_rate_pct,65.5,");
        assertThat(CliRun.of("validate", "--data", data.toString(), "--format", "csv").exits(ExitCode.OK).out())
                .contains("\nreferences.csv,references,14,true\n");
        CliRun.of("import", file.toString(), "--kind", "references", "--into", data.toString())
                .exits(ExitCode.INVALID_DATA);
    }

    @Test
    void anImportNamingASecondProvinceIsRefused(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        byte[] before = Files.readAllBytes(data.file("references.csv"));
        Path file = Files.writeString(dir.resolve("p.csv"), "scope,name_zh,name_en,year,indicator,value,source\n"
                + "province,陕西省,Shaanxi Province,2023,swc_rate_pct,64.8,测试数据\n");
        assertThat(CliRun.of("import", file.toString(), "--kind", "references", "--into", data.toString())
                .exits(ExitCode.INVALID_DATA).err()).contains("every province row names the same region");
        assertThat(Files.readAllBytes(data.file("references.csv"))).isEqualTo(before);
    }
}
