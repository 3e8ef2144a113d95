package org.swcplan.datasets.units;

import com.opencsv.RFC4180Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.model.csle.Csle;
import org.swcplan.model.csle.ErosionTally;
import org.swcplan.model.csle.ScenarioRule;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;

/**
 * Parses and computes one chunk of whole lines of a land-unit file: every unit's soil loss, its
 * class, and the tallies of the chunk (and of the scenario, if any). Lines are split on commas
 * straight from the bytes; a line with a quote goes through OpenCSV's RFC 4180 parser instead.
 */
final class ChunkProcessor {
    /** A problem on a line of the chunk (line counted from the chunk's first line, 0-based). */
    record Problem(int lineInChunk, int column, String header, String message, String text) {
    }

    /** What a chunk gives back. */
    record Result(ErosionTally baseline, ErosionTally scenario, long units, int lines, List<Problem> problems) {
    }

    /** The numeric fields of a unit, in the order their values are kept. */
    private static final String[] NUMERIC = {"area_km2", "r", "k", "slope_length_m", "slope_deg", "b", "e", "t"};

    /** Problems kept per chunk in a strict run; more only add to the count. */
    static final int MAX_PROBLEMS = 200;

    private final UnitColumns columns;
    private final KnownCounties known;
    private final Map<CountyCode, Integer> countyIndex;
    /** The six-digit codes as numbers, by county index: a unit's code is found without making a String. */
    private final int[] numericCodes;
    private final double[] tolerableLoss;
    private final List<ScenarioRule> rules;
    /** Lenient runs keep every problem (each is a rejected row); strict runs only enough to report. */
    private final int maxProblems;
    /** Field positions of the numeric columns, in {@link #NUMERIC} order. */
    private final int[] numericColumns;

    ChunkProcessor(UnitColumns columns, List<County> counties, List<ScenarioRule> rules, boolean lenient) {
        this.maxProblems = lenient ? Integer.MAX_VALUE : MAX_PROBLEMS;
        this.columns = columns;
        this.known = KnownCounties.of(counties);
        this.countyIndex = new HashMap<>();
        this.tolerableLoss = new double[counties.size()];
        this.numericCodes = new int[counties.size()];
        for (int i = 0; i < counties.size(); i++) {
            countyIndex.put(counties.get(i).code(), i);
            numericCodes[i] = Integer.parseInt(counties.get(i).code().value());
            tolerableLoss[i] = counties.get(i).tolerableLossTPerKm2A();
        }
        this.rules = List.copyOf(rules);
        this.numericColumns = new int[] {columns.area(), columns.r(), columns.k(), columns.slopeLength(),
            columns.slope(), columns.b(), columns.e(), columns.t()};
    }

    /** Joins the fields of a parsed quoted record: a control character no text field holds. */
    private static final byte UNQUOTED_SEPARATOR = 0x1F;

    Result process(byte[] chunk, int length) {
        ErosionTally baseline = new ErosionTally(tolerableLoss.length);
        ErosionTally scenario = rules.isEmpty() ? null : new ErosionTally(tolerableLoss.length);
        List<Problem> problems = new ArrayList<>();
        int[] starts = new int[columns.fields() + 1];
        int[] ends = new int[columns.fields() + 1];
        double[] values = new double[NUMERIC.length];
        Map<String, Integer> countyCache = new HashMap<>();
        byte[] lastCounty = new byte[0];
        int lastCountyIndex = -1;
        long units = 0;
        int line = 0;
        int pos = 0;
        while (pos < length) {
            // a record ends at a line end outside quotes: a quoted field may hold line breaks
            int eol = pos;
            int quotes = 0;
            int innerLineEnds = 0;
            while (eol < length) {
                byte c = chunk[eol];
                if (c == '\n') {
                    if ((quotes & 1) == 0) {
                        break;
                    }
                    innerLineEnds++;
                } else if (c == '"') {
                    quotes++;
                }
                eol++;
            }
            int lineEnd = eol > pos && chunk[eol - 1] == '\r' ? eol - 1 : eol;
            if (lineEnd > pos) {
                byte[] bytes = chunk;
                int from = pos;
                int to = lineEnd;
                byte separator = ',';
                if (quotes > 0) {
                    bytes = unquote(chunk, pos, lineEnd);
                    from = 0;
                    to = bytes.length;
                    separator = UNQUOTED_SEPARATOR;
                }
                int fields = split(bytes, from, to, separator, starts, ends);
                if (fields != columns.fields()) {
                    problems.add(new Problem(line, Math.min(fields, columns.fields()) + 1,
                            fields < columns.fields() ? columns.name(fields) : "", "row has " + fields
                            + " fields, the header has " + columns.fields()
                            + (fields < columns.fields() ? " (missing field)" : " (extra field)"), text(chunk, pos, lineEnd)));
                } else {
                    int cs = starts[columns.county()];
                    int ce = ends[columns.county()];
                    int county = byNumericCode(bytes, cs, ce);
                    if (county >= 0) {
                        lastCountyIndex = -1;
                    } else if (lastCountyIndex >= 0 && Arrays.equals(bytes, cs, ce, lastCounty, 0, lastCounty.length)) {
                        county = lastCountyIndex;
                    } else {
                        String name = new String(bytes, cs, ce - cs, StandardCharsets.UTF_8).strip();
                        county = countyCache.computeIfAbsent(name, n -> known.resolve(n).map(countyIndex::get).orElse(-1));
                        lastCounty = Arrays.copyOfRange(bytes, cs, ce);
                        lastCountyIndex = county;
                    }
                    String problem = unit(bytes, starts, ends, values, county, baseline, scenario, line, problems, chunk,
                            pos, lineEnd);
                    if (problem == null) {
                        units++;
                    }
                }
            }
            line += 1 + innerLineEnds;
            pos = eol + 1;
        }
        return new Result(baseline, scenario, units, line, problems);
    }

    /** The county index of a six-digit ASCII code field, or -1 when the field is something else. */
    private int byNumericCode(byte[] b, int from, int to) {
        if (to - from != 6) {
            return -1;
        }
        int code = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            code = code * 10 + d;
        }
        for (int c = 0; c < numericCodes.length; c++) {
            if (numericCodes[c] == code) {
                return c;
            }
        }
        return -1;
    }

    /** Computes one unit; records a problem and returns its message when the unit is bad, else null. */
    private String unit(byte[] b, int[] starts, int[] ends, double[] values, int county, ErosionTally baseline,
                        ErosionTally scenario, int line, List<Problem> problems, byte[] chunk, int lineFrom, int lineTo) {
        if (county < 0) {
            return problem(problems, line, columns.county(), "unknown county \""
                    + new String(b, starts[columns.county()], ends[columns.county()] - starts[columns.county()],
                    StandardCharsets.UTF_8).strip() + "\" (not in counties.csv)", chunk, lineFrom, lineTo);
        }
        int[] indexes = numericColumns;
        for (int i = 0; i < indexes.length; i++) {
            values[i] = FastDecimal.parse(b, starts[indexes[i]], ends[indexes[i]]);
            if (Double.isNaN(values[i])) {
                return problem(problems, line, indexes[i], "expected a number, found \"" + new String(b, starts[indexes[i]],
                        ends[indexes[i]] - starts[indexes[i]], StandardCharsets.UTF_8).strip() + "\"", chunk, lineFrom, lineTo);
            }
            if (values[i] < 0 || Double.isInfinite(values[i])) {
                return problem(problems, line, indexes[i], values[i] < 0 ? "must not be negative, found " + values[i]
                        : "number out of range", chunk, lineFrom, lineTo);
            }
        }
        double area = values[0];
        double r = values[1];
        double k = values[2];
        double lambda = values[3];
        double theta = values[4];
        double bf = values[5];
        double ef = values[6];
        double tf = values[7];
        if (theta >= 90) {
            return problem(problems, line, columns.slope(), "a slope must be below 90°, found " + theta, chunk, lineFrom, lineTo);
        }
        double l = override(b, starts, ends, columns.l(), Csle.slopeLengthFactor(lambda, theta));
        double s = override(b, starts, ends, columns.s(), Csle.slopeSteepnessFactor(theta));
        if (Double.isNaN(l) || Double.isNaN(s)) {
            int column = Double.isNaN(l) ? columns.l() : columns.s();
            return problem(problems, line, column, "expected a number", chunk, lineFrom, lineTo);
        }
        if (!(l >= 0 && l < Double.POSITIVE_INFINITY) || !(s >= 0 && s < Double.POSITIVE_INFINITY)) {
            boolean badL = !(l >= 0 && l < Double.POSITIVE_INFINITY);
            return problem(problems, line, badL ? columns.l() : columns.s(), "a slope factor must be a number at least 0, found "
                    + (badL ? l : s), chunk, lineFrom, lineTo);
        }
        double loss = Csle.soilLossTPerKm2A(r, k, l, s, bf, ef, tf);
        baseline.add(county, ErosionTally.classOf(loss, tolerableLoss[county]), area);
        if (scenario != null) {
            String landUse = columns.landUse() < 0 ? "" : new String(b, starts[columns.landUse()],
                    ends[columns.landUse()] - starts[columns.landUse()], StandardCharsets.UTF_8).strip();
            double sb = bf;
            double se = ef;
            double st = tf;
            for (ScenarioRule rule : rules) {
                if (rule.applies(county, landUse, theta)) {
                    switch (rule.factor()) {
                        case B -> sb = rule.value();
                        case E -> se = rule.value();
                        default -> st = rule.value();
                    }
                }
            }
            scenario.add(county, ErosionTally.classOf(Csle.soilLossTPerKm2A(r, k, l, s, sb, se, st), tolerableLoss[county]),
                    area);
        }
        return null;
    }

    private static double override(byte[] b, int[] starts, int[] ends, int column, double computed) {
        if (column < 0 || starts[column] == ends[column]) {
            return computed;
        }
        return FastDecimal.parse(b, starts[column], ends[column]);
    }

    private String problem(List<Problem> problems, int line, int column, String message, byte[] chunk, int from, int to) {
        if (problems.size() < maxProblems) {
            problems.add(new Problem(line, column + 1, columns.name(column), message, text(chunk, from, to)));
        }
        return message;
    }

    private static int split(byte[] b, int from, int to, byte separator, int[] starts, int[] ends) {
        int field = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == separator) {
                if (field < starts.length) {
                    starts[field] = start;
                    ends[field] = i;
                }
                field++;
                start = i + 1;
            }
        }
        return field;
    }

    /**
     * A record with quotes, parsed by RFC 4180 and re-joined with {@link #UNQUOTED_SEPARATOR}
     * between fields, so that commas and line breaks inside quoted fields stay as they were.
     */
    private static byte[] unquote(byte[] chunk, int from, int to) {
        try {
            String[] fields = new RFC4180Parser().parseLine(new String(chunk, from, to - from, StandardCharsets.UTF_8));
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                joined.append(i == 0 ? "" : String.valueOf((char) UNQUOTED_SEPARATOR)).append(fields[i]);
            }
            return joined.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Arrays.copyOfRange(chunk, from, to);
        }
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
