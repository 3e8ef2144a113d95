package org.swcplan.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.tables.query.Aggregate;
import org.swcplan.tables.query.TableQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The query of {@code swc table}: filters, a listing, group-by or cross-table, order and limit. */
public final class QueryOptions {
    /** What {@code --count} without columns stands for: the rows of each group. */
    private static final String ROWS = "*";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "Keep the rows that meet EXPR, e.g. \"year>=2021\", \"code in 140827,140829\", "
                    + "\"unit_type=county and status!=achieved\"; repeated: all of them (docs/table.md).")
    List<String> where = new ArrayList<>();

    @Option(names = "--columns", paramLabel = "COLS", description = "For a listing: the columns to show, in order.")
    String columns;

    @Option(names = "--by", paramLabel = "COLS", description = "Group the rows by these columns.")
    String by;

    @Option(names = "--sum", paramLabel = "COLS", description = "Sum of each column in each group (rates are not added).")
    List<String> sum = new ArrayList<>();

    @Option(names = "--mean", paramLabel = "COLS", description = "Mean of each column in each group.")
    List<String> mean = new ArrayList<>();

    @Option(names = "--median", paramLabel = "COLS", description = "Median of each column in each group.")
    List<String> median = new ArrayList<>();

    @Option(names = "--min", paramLabel = "COLS", description = "Smallest value of each column in each group.")
    List<String> min = new ArrayList<>();

    @Option(names = "--max", paramLabel = "COLS", description = "Largest value of each column in each group.")
    List<String> max = new ArrayList<>();

    @Option(names = "--count", paramLabel = "COLS", arity = "0..1", fallbackValue = ROWS,
            description = "Values of each column in each group; without COLS (or *), the rows of each group.")
    List<String> count = new ArrayList<>();

    @Option(names = "--weighted", paramLabel = "COLS",
            description = "Area-weighted rate of each group: swc_rate_pct by land_area_km2, treatment_degree_pct by "
                    + "baseline_erosion_km2 (the rate of the summed areas).")
    List<String> weighted = new ArrayList<>();

    @Option(names = "--rows", paramLabel = "COL", description = "Cross-table: the values of COL down.")
    String rows;

    @Option(names = "--cols", paramLabel = "COL", description = "Cross-table: the values of COL across.")
    String cols;

    @Option(names = "--value", paramLabel = "COL", description = "Cross-table: the column summed up in the cells.")
    String value;

    @Option(names = "--agg", paramLabel = "F",
            description = "Cross-table: ${COMPLETION-CANDIDATES} (default: weighted for a rate with its area, sum "
                    + "for other figures, count for text). Totals where they add up: sums, counts, weighted rates.")
    Aggregate aggregate;

    @Option(names = "--sort", paramLabel = "COLS",
            description = "Order the rows by these columns of the result; -COL or COL:desc for descending.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "Keep the first N rows (totals still cover all).")
    Integer limit;

    /** The query these options ask for. */
    TableQuery query() {
        return UsageError.from(spec, () -> new TableQuery(where, columns, by, summaries(), cross(), sort,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit)));
    }

    private List<TableQuery.Summary> summaries() {
        List<TableQuery.Summary> summaries = new ArrayList<>();
        add(summaries, Aggregate.SUM, sum);
        add(summaries, Aggregate.MEAN, mean);
        add(summaries, Aggregate.MEDIAN, median);
        add(summaries, Aggregate.MIN, min);
        add(summaries, Aggregate.MAX, max);
        add(summaries, Aggregate.COUNT, count);
        add(summaries, Aggregate.WEIGHTED, weighted);
        return summaries;
    }

    private static void add(List<TableQuery.Summary> summaries, Aggregate aggregate, List<String> columns) {
        columns.forEach(c -> summaries.add(new TableQuery.Summary(aggregate, c.equals(ROWS) ? "" : c)));
    }

    private Optional<TableQuery.Cross> cross() {
        if (rows == null && cols == null && value == null) {
            if (aggregate != null) {
                throw UsageMessages.error(spec, "aggNeedsCross");
            }
            return Optional.empty();
        }
        if (rows == null || cols == null || value == null) {
            throw UsageMessages.error(spec, "crossNeeds");
        }
        return Optional.of(new TableQuery.Cross(rows, cols, value, Optional.ofNullable(aggregate)));
    }
}
