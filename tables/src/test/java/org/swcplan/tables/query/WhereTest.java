package org.swcplan.tables.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WhereTest {
    private static final Table TABLE = Table.create("t",
            IntColumn.create("code", new int[] {140802, 140827, 140828, 140800}),
            IntColumn.create("year", new int[] {2020, 2021, 2022, 2023}),
            DoubleColumn.create("rate_pct", new double[] {88.3, 62.8, 69.8, 77.07}),
            StringColumn.create("name", new String[] {"盐湖区", "垣曲县", "夏县", "全市"}),
            StringColumn.create("unit_type", new String[] {"county", "county", "county", "city"}));

    /** The codes of the rows selected, in order, joined by spaces. */
    private static String codes(String expression) {
        Table kept = TABLE.where(Where.select(expression, TABLE, name -> name.equals("夏县") ? Optional.of(140828)
                : Optional.empty()));
        return String.join(" ", kept.intColumn("code").asList().stream().map(String::valueOf).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "year>=2021                                   -> 140827 140828 140800",
        "year >= 2021 and unit_type = county          -> 140827 140828",
        "code in 140802,140828                        -> 140802 140828",
        "code IN (140802, 140828)                     -> 140802 140828",
        "code not in (140802, 140828)                 -> 140827 140800",
        "code=夏县                                    -> 140828",
        "year=2020 or year=2021 and unit_type=city    -> 140802",
        "(year=2020 or year=2021) and unit_type=county -> 140802 140827",
        "not unit_type=county                         -> 140800",
        "!(rate_pct < 70)                             -> 140802 140800",
        "rate_pct<=69.8 && name ~ 县                  -> 140827 140828",
        "name = '全市' || rate_pct > 88               -> 140802 140800",
        "name != \"夏县\"                             -> 140802 140827 140800",
        "unit_type <> county                          -> 140800"})
    void selectsTheRowsMeetingTheExpression(String expression, String expected) {
        assertThat(codes(expression)).as(expression).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "yeer>2021        -> at 1: unknown column yeer; did you mean year?",
        "year>=20x1       -> at 7: year holds whole numbers; found 20x1",
        "rate_pct>high    -> at 10: rate_pct holds numbers; found high",
        "code=太原        -> at 6: no county or city 太原 (code takes a code or a name)",
        "name='夏县       -> at 6: unclosed quote '",
        "year 2021        -> at 6: expected an operator (=, !=, <, <=, >, >=, ~, in) after year, found 2021",
        "(year>1          -> at 8: expected ) to close the ( at 1 at the end",
        "year>1)          -> at 7: unmatched )",
        "name<abc         -> at 5: < compares numbers; name holds text (use =, !=, ~ or in)",
        "year~20          -> at 5: ~ finds text; year holds numbers",
        "year>2021 year<1 -> at 11: expected and, or or the end after a condition, found year",
        "year>2021 and    -> at 14: expected a condition, such as year>=2021 at the end",
        "year in (1, 2    -> at 14: expected ) to close the list at the end",
        "year & 1         -> at 6: unknown operator &"})
    void locatesTheFirstProblem(String expression, String message) {
        assertThatThrownBy(() -> codes(expression)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--where \"" + expression + "\": " + message);
    }
}
