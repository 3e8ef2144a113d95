package org.swcplan.reports.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.DisplayWidth;

class RenderersTest {
    /** A row of text with an awkward value and a number that may be missing. */
    record Row(String text, String number, boolean flag) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.<Row>text("code", "text", Row::text).zh("文字"),
            Column.<Row>number("km2", "number", Row::number).zh("数值").priority(1),
            Column.<Row>flag("at_capacity", "flag", Row::flag).zh("标志").priority(2));

    private static Result result(Row... rows) {
        return Result.of("swc.test/1", Text.of("Title", "标题"), new DataNote("here", false),
                Section.of("rows", Text.of("Rows", "行"), COLUMNS, List.of(rows)));
    }

    private static String render(Result result, Format format, Language language, int width) throws Exception {
        StringWriter out = new StringWriter();
        Renderers.render(result, format, new RenderOptions(language, width, "\n"), out);
        return out.toString();
    }

    @Test
    void csvQuotesOnlyWhereNeededAndGuardsFormulas() throws Exception {
        String csv = render(result(new Row("b,c", "1.50", true), new Row("say \"hi\"", "", false),
                new Row("two\nlines", "-2", false), new Row("=SUM(A1)", "3", false)), Format.CSV, Language.EN, 0);
        assertThat(csv).isEqualTo("code,km2,at_capacity\n\"b,c\",1.50,true\n\"say \"\"hi\"\"\",,false\n"
                + "\"two\nlines\",-2,false\n'=SUM(A1),3,false\n");
        assertThat(render(result(new Row("a", "1", true)), Format.CSV, Language.ZH, 0)).startsWith("文字,数值,标志\n");
    }

    @Test
    void jsonIsOneEnvelopeWithTypedValuesAndEscapedText() throws Exception {
        String json = render(result(new Row("a\"b\\c\n\u0001盐", "", true), new Row("x", "2.50", false)), Format.JSON,
                Language.EN, 0);
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertThat(parsed.get("schema").getAsString()).isEqualTo("swc.test/1");
        assertThat(parsed.get("illustrative").getAsBoolean()).isFalse();
        JsonObject first = parsed.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertThat(first.get("code").getAsString()).isEqualTo("a\"b\\c\n\u0001盐");
        assertThat(first.get("km2").isJsonNull()).isTrue();
        assertThat(first.get("at_capacity").getAsBoolean()).isTrue();
        assertThat(parsed.getAsJsonArray("rows").get(1).getAsJsonObject().get("km2").getAsDouble()).isEqualTo(2.5);
    }

    @Test
    void aNarrowTableLeavesOutTheColumnsOfTheHighestPriorityNumberFirstAndSaysSo() throws Exception {
        Result wide = result(new Row("盐湖区盐湖区盐湖区", "12345678.90", true));
        String table = render(wide, Format.TABLE, Language.EN, 24);
        assertThat(table).contains("text").contains("number").doesNotContain("flag  ")
                .contains("Not shown at this width");
        assertThat(table.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(24));
        assertThat(render(wide, Format.TABLE, Language.EN, 0)).contains("flag");
    }

    @Test
    void chineseIsNeverWrappedBeforeClosingPunctuation() {
        List<String> lines = TableRenderer.wrap("数据来源：内置数据集，示意数据，非公开统计。", 10);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith("，").doesNotStartWith("。"));
        assertThat(String.join("", lines)).isEqualTo("数据来源：内置数据集，示意数据，非公开统计。");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(10));
    }

    @Test
    void viewsAreForPeopleOnly() throws Exception {
        Section<Row> data = Section.of("rows", Text.of("Rows", "行"), COLUMNS, List.of(new Row("a", "1", true)));
        Section<Row> view = Section.view("extra", Text.of("Extra view", "附加"), COLUMNS.subList(0, 1),
                List.of(new Row("only-in-view", "2", false)));
        Result result = new Result("swc.test/1", Text.of("T", "T"), new DataNote("here", false), List.of(), List.of(),
                List.of(view, data));
        assertThat(render(result, Format.JSON, Language.EN, 0)).doesNotContain("only-in-view").doesNotContain("extra");
        assertThat(render(result, Format.CSV, Language.EN, 0)).doesNotContain("only-in-view");
        assertThat(render(result, Format.TABLE, Language.EN, 0)).contains("only-in-view").contains("Extra view");
    }
}
