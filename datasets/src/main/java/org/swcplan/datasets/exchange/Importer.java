package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.CsvTable;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.Dataset;

/**
 * Merges a file a statistician sent into a dataset's canonical file of the same kind: new keys are
 * added, existing keys replaced only when asked. Strict by default (any problem: nothing merges);
 * lenient imports the valid rows and returns every rejected row with its line and reasons, so
 * that rows imported + rows rejected = rows read.
 */
public final class Importer {
    private Importer() {
    }

    /** What to do. */
    public record Options(Optional<Charset> encoding, boolean replace, boolean lenient) {
    }

    /**
     * @param canonical the merged canonical file's text
     * @param rejects   the rejects file's text (header only when nothing was rejected)
     */
    public record Result(String canonical, int read, int imported, int added, int replaced, int rejected,
                         String rejects) {
    }

    /**
     * @throws InvalidDataException when the file cannot be read at all (encoding, header), or in
     *                              strict mode when any row has a problem
     */
    /**
     * @param existing the folder's current file of this kind, if it has one; its rows are kept as
     *                 written (the dataset gives the counties)
     */
    public static <T> Result run(DataKind<T> kind, String file, byte[] bytes, Optional<byte[]> existing, Dataset into,
                                 String intoName, Options options) {
        DataErrors errors = new DataErrors();
        Parsed<T> parsed = kind.read(file, bytes, options.encoding(), KnownCounties.of(into.counties()).withSubunits(into.subunits()), errors);
        List<DataError> fileLevel = errors.list().stream().filter(e -> e.line() <= 1).toList();
        if (!fileLevel.isEmpty() || parsed.rawHeader().isEmpty()) {
            throw new InvalidDataException(errors.list());
        }
        Function<T, Object> key = kind.key();
        Map<Object, T> current = new LinkedHashMap<>();
        if (existing.isPresent()) {
            DataErrors folderErrors = new DataErrors();
            kind.read(intoName, existing.get(), Optional.empty(), KnownCounties.of(into.counties()).withSubunits(into.subunits()), folderErrors)
                    .values().forEach(r -> current.put(key.apply(r), r));
            folderErrors.throwIfAny();
        }
        for (Lined<T> record : parsed.records()) {
            if (!options.replace() && current.containsKey(key.apply(record.value()))) {
                parsed.error(record, parsed.header().get(0), "key " + key.apply(record.value()) + " is already in "
                        + intoName + "; use --replace to replace it", errors, "keyExists",
                        String.valueOf(key.apply(record.value())), intoName);
            }
        }
        if (!errors.isEmpty() && !options.lenient()) {
            throw new InvalidDataException(errors.list());
        }
        Set<Long> rejectedLines = errors.list().stream().map(DataError::line).collect(Collectors.toCollection(TreeSet::new));
        Parsed<T> accepted = parsed.without(rejectedLines);
        int added = 0;
        int replaced = 0;
        for (Lined<T> record : accepted.records()) {
            if (current.put(key.apply(record.value()), record.value()) == null) {
                added++;
            } else {
                replaced++;
            }
        }
        String canonical = CanonicalCsv.text(kind, current.values().stream()
                .sorted(Comparator.comparing(key, Importer::byKey)).toList());
        String rejects = rejects(parsed, rejectedLines, errors.list());
        int read = parsed.rows().size();
        return new Result(canonical, read, accepted.records().size(), added, replaced, read - accepted.records().size(),
                rejects);
    }

    /** Rows in the order of their keys: numbers (a task's no) as numbers, other keys as text. */
    private static int byKey(Object a, Object b) {
        return a instanceof Integer x && b instanceof Integer y ? Integer.compare(x, y)
                : a.toString().compareTo(b.toString());
    }

    /** The rejected rows as read, each with its line and every reason given for it. */
    private static String rejects(Parsed<?> parsed, Set<Long> lines, List<DataError> errors) {
        // grouped once: looking each rejected row's reasons up in the whole list was quadratic
        Map<Long, String> reasons = errors.stream().collect(Collectors.groupingBy(DataError::line,
                Collectors.mapping(DataError::format, Collectors.joining("; "))));
        List<RejectsFile.Rejected> rows = new ArrayList<>();
        for (CsvTable.Row row : parsed.rows()) {
            if (lines.contains(row.line())) {
                rows.add(new RejectsFile.Rejected(row.line(), reasons.getOrDefault(row.line(), ""), row.cells()));
            }
        }
        return RejectsFile.text(parsed.rawHeader(), rows);
    }
}
