package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A {@code --where} expression, read and applied to a frame in one pass: the rows it selects.
 *
 * <pre>
 * expression := and-expr { (or | ||) and-expr }
 * and-expr   := unary { (and | &amp;&amp;) unary }
 * unary      := (not | !) unary | ( expression ) | condition
 * condition  := column op value | column [not] in value {, value} | column [not] in ( value {, value} )
 * op         := = | == | != | &lt;&gt; | &lt; | &lt;= | &gt; | &gt;= | ~ (text contains)
 * value      := number | word | 'quoted text' | "quoted text"
 * </pre>
 *
 * Numbers are compared with number columns, text with text columns ({@code ~}: contains); {@code
 * code} also takes a county's name. Keywords are case-insensitive. Docs: docs/table.md.
 */
final class Where {
    private static final String OPERATOR_CHARS = "=!<>~(),&|";
    private static final List<String> OPERATORS = List.of("==", "!=", "<>", "<=", ">=", "&&", "||", "=", "<", ">",
            "~", "(", ")", ",", "!");
    private static final List<String> COMPARISONS = List.of("=", "==", "!=", "<>", "<", "<=", ">", ">=", "~");

    /** One token and where it starts (from 1). */
    private record Token(String text, int position, boolean quoted) {
        boolean is(String word) {
            return !quoted && text.toLowerCase(Locale.ROOT).equals(word);
        }
    }

    private final OptionText source;
    private final Table table;
    private final Function<String, Optional<Integer>> codes;
    private final List<Token> tokens;
    private int next;

    private Where(OptionText source, Table table, Function<String, Optional<Integer>> codes) {
        this.source = source;
        this.table = table;
        this.codes = codes;
        this.tokens = tokens(source);
    }

    /**
     * The rows of {@code table} that {@code expression} selects.
     *
     * @param codes a unit's code by a name a {@code code} value may be written as (盐湖区, Yanhu …)
     * @throws IllegalArgumentException locating the first problem in the expression
     */
    static Selection select(String expression, Table table, Function<String, Optional<Integer>> codes) {
        Where where = new Where(new OptionText("--where", expression), table, codes);
        if (where.tokens.isEmpty()) {
            throw where.source.error(1, "expected a condition, such as year>=2021");
        }
        Selection selected = where.or();
        if (where.next < where.tokens.size()) {
            Token extra = where.tokens.get(where.next);
            throw where.source.error(extra.position(), extra.text().equals(")") ? "unmatched )"
                    : "expected and, or or the end after a condition, found " + extra.text());
        }
        return selected;
    }

    private Selection or() {
        Selection selected = and();
        while (peekIs("or") || peekIs("||")) {
            next++;
            selected = selected.or(and());
        }
        return selected;
    }

    private Selection and() {
        Selection selected = unary();
        while (peekIs("and") || peekIs("&&")) {
            next++;
            selected = selected.and(unary());
        }
        return selected;
    }

    private Selection unary() {
        Token token = expect("a condition, such as year>=2021");
        if (token.is("not") || token.is("!")) {
            return Selection.withRange(0, table.rowCount()).andNot(unary());
        }
        if (token.is("(")) {
            Selection inner = or();
            Token close = expect(") to close the ( at " + token.position());
            if (!close.is(")")) {
                throw source.error(close.position(), "expected ) to close the ( at " + token.position() + ", found "
                        + close.text());
            }
            return inner;
        }
        return condition(token);
    }

    private Selection condition(Token name) {
        if (name.quoted() || OPERATORS.contains(name.text())) {
            throw source.error(name.position(), "expected a column name, found " + name.text());
        }
        String column = source.column(name.text(), name.position(), table.columnNames(), table.name());
        Token op = expect("an operator (=, !=, <, <=, >, >=, ~, in) after " + column);
        boolean negated = op.is("not");
        if (negated) {
            op = expect("in after not");
            if (!op.is("in")) {
                throw source.error(op.position(), "expected in after not, found " + op.text());
            }
        }
        if (op.is("in")) {
            Selection in = in(column, values());
            return negated ? Selection.withRange(0, table.rowCount()).andNot(in) : in;
        }
        if (op.quoted() || !COMPARISONS.contains(op.text())) {
            throw source.error(op.position(), "expected an operator (=, !=, <, <=, >, >=, ~, in) after " + column
                    + ", found " + op.text());
        }
        return compare(column, op, value());
    }

    private Token value() {
        Token value = expect("a value");
        if (!value.quoted() && OPERATORS.contains(value.text())) {
            throw source.error(value.position(), "expected a value, found " + value.text());
        }
        return value;
    }

    private List<Token> values() {
        boolean bracketed = peekIs("(");
        if (bracketed) {
            next++;
        }
        List<Token> values = new ArrayList<>(List.of(value()));
        while (peekIs(",")) {
            next++;
            values.add(value());
        }
        if (bracketed) {
            Token close = expect(") to close the list");
            if (!close.is(")")) {
                throw source.error(close.position(), "expected , or ) in the list, found " + close.text());
            }
        }
        return values;
    }

    private Selection compare(String column, Token op, Token value) {
        ColumnType type = table.column(column).type();
        String operator = op.text();
        if (type == ColumnType.STRING) {
            StringColumn text = table.stringColumn(column);
            return switch (operator) {
                case "=", "==" -> text.isEqualTo(value.text());
                case "!=", "<>" -> text.isNotEqualTo(value.text());
                case "~" -> text.containsString(value.text());
                default -> throw source.error(op.position(), operator + " compares numbers; " + column
                        + " holds text (use =, !=, ~ or in)");
            };
        }
        if (type == ColumnType.BOOLEAN) {
            BooleanColumn flag = table.booleanColumn(column);
            boolean wanted = flag(value);
            return switch (operator) {
                case "=", "==" -> wanted ? flag.isTrue() : flag.isFalse();
                case "!=", "<>" -> wanted ? flag.isFalse() : flag.isTrue();
                default -> throw source.error(op.position(), column + " is true or false: use = or !=");
            };
        }
        if (operator.equals("~")) {
            throw source.error(op.position(), "~ finds text; " + column + " holds numbers");
        }
        if (type == ColumnType.INTEGER) {
            IntColumn ints = table.intColumn(column);
            int number = whole(column, value);
            return switch (operator) {
                case "=", "==" -> ints.isEqualTo(number);
                case "!=", "<>" -> ints.isNotEqualTo(number);
                case "<" -> ints.isLessThan(number);
                case "<=" -> ints.isLessThanOrEqualTo(number);
                case ">" -> ints.isGreaterThan(number);
                default -> ints.isGreaterThanOrEqualTo(number);
            };
        }
        DoubleColumn doubles = table.doubleColumn(column);
        double number = number(column, value);
        return switch (operator) {
            case "=", "==" -> doubles.isEqualTo(number);
            case "!=", "<>" -> doubles.isNotEqualTo(number);
            case "<" -> doubles.isLessThan(number);
            case "<=" -> doubles.isLessThanOrEqualTo(number);
            case ">" -> doubles.isGreaterThan(number);
            default -> doubles.isGreaterThanOrEqualTo(number);
        };
    }

    private Selection in(String column, List<Token> values) {
        ColumnType type = table.column(column).type();
        if (type == ColumnType.STRING) {
            return table.stringColumn(column).isIn(values.stream().map(Token::text).toList());
        }
        if (type == ColumnType.INTEGER) {
            return table.intColumn(column).isIn(values.stream().mapToInt(v -> whole(column, v)).toArray());
        }
        if (type == ColumnType.DOUBLE) {
            return table.doubleColumn(column).isIn(values.stream().mapToDouble(v -> number(column, v)).toArray());
        }
        throw source.error(values.get(0).position(), column + " is true or false: use = or !=");
    }

    private int whole(String column, Token value) {
        try {
            return Integer.parseInt(value.text());
        } catch (NumberFormatException e) {
            if (column.equals("code")) {
                return codes.apply(value.text()).orElseThrow(() -> source.error(value.position(),
                        "no county or city " + value.text() + " (code takes a code or a name)"));
            }
            throw source.error(value.position(), column + " holds whole numbers; found " + value.text());
        }
    }

    private double number(String column, Token value) {
        try {
            double number = Double.parseDouble(value.text());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw source.error(value.position(), column + " holds numbers; found " + value.text());
    }

    private boolean flag(Token value) {
        if (value.is("true") || value.is("false")) {
            return value.is("true");
        }
        throw source.error(value.position(), "expected true or false, found " + value.text());
    }

    private boolean peekIs(String word) {
        return next < tokens.size() && tokens.get(next).is(word);
    }

    private Token expect(String what) {
        if (next >= tokens.size()) {
            throw source.error(source.text().length() + 1, "expected " + what + " at the end");
        }
        return tokens.get(next++);
    }

    private static List<Token> tokens(OptionText source) {
        String text = source.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw source.error(i + 1, "unclosed quote " + c);
                }
                tokens.add(new Token(text.substring(i + 1, end), i + 1, true));
                i = end + 1;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int at = i;
                String operator = OPERATORS.stream().filter(o -> text.startsWith(o, at)).findFirst()
                        .orElseThrow(() -> source.error(at + 1, "unknown operator " + c));
                tokens.add(new Token(operator, i + 1, false));
                i += operator.length();
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && OPERATOR_CHARS.indexOf(text.charAt(i)) < 0 && text.charAt(i) != '\'' && text.charAt(i) != '"') {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start + 1, false));
            }
        }
        return tokens;
    }
}
