package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.ItemStatus;
import org.swcplan.model.region.CountyCode;

/**
 * {@code indicator_items.csv} (optional): the named items the plan's indicators are made of (the
 * five showcase watersheds, the pilot counties, the plan documents …), one row per item, with its
 * county (blank for the city's own items), status, completion date and evidence.
 */
public final class IndicatorItemsFile {
    public static final String NAME = "indicator_items.csv";
    public static final Schema SCHEMA = Schema.of(List.of("item", "indicator", "name_zh", "status"),
            List.of("county", "name_en", "completed", "evidence", "source"));

    private IndicatorItemsFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<IndicatorItem> read(String file, byte[] bytes, Optional<Charset> encoding,
                                             KnownCounties counties, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> item(f, counties), errors)
                .rejectDuplicates(IndicatorItem::id, "item", errors);
    }

    /**
     * The items whose indicator indicators.csv lists; each other one is a warning at its
     * indicator cell and is left out (an item file may be imported before its indicators).
     */
    public static List<IndicatorItem> ofKnownIndicators(Parsed<IndicatorItem> items, Set<String> indicators,
                                                        List<DataError> warnings) {
        List<IndicatorItem> known = new ArrayList<>();
        for (Lined<IndicatorItem> item : items.records()) {
            if (indicators.contains(item.value().indicator())) {
                known.add(item.value());
            } else {
                warnings.add(new DataError(items.file(), item.line(), items.columnNumber("indicator"), "indicator",
                        "item " + item.value().id() + " names indicator " + item.value().indicator()
                                + ", which indicators.csv does not list; the item is left out"));
            }
        }
        return known;
    }

    private static Optional<IndicatorItem> item(Fields f, KnownCounties counties) {
        String id = f.requiredText("item");
        String indicator = f.requiredText("indicator");
        String nameZh = f.requiredText("name_zh");
        Optional<CountyCode> county = f.text("county").isEmpty() ? Optional.empty()
                : Optional.ofNullable(counties.read(f, "county"));
        ItemStatus status = f.choice("status", ItemStatus::fromKey);
        Optional<String> completed = f.text("completed").isEmpty() ? Optional.empty() : Optional.of(f.text("completed"));
        if (completed.isPresent()) {
            try {
                IndicatorItem.completedYear(completed.get());
            } catch (IllegalArgumentException e) {
                f.error("completed", e.getMessage());
            }
            if (status != null && status != ItemStatus.DONE) {
                f.error("completed", "a completion date is given but the status is " + status.key()
                        + "; only a done item has one");
            }
        }
        return f.hasErrors() ? Optional.empty() : Optional.of(new IndicatorItem(id, indicator, county, nameZh,
                f.text("name_en"), status, completed, f.text("evidence"), f.text("source")));
    }
}
