package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.swcplan.model.supervision.SupervisionFigures;
import org.swcplan.model.supervision.SupervisionLedger;
import org.swcplan.model.supervision.SupervisionLedger.Row;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/**
 * 生产建设项目水土保持监督管理, the last part of 四、重点任务推进情况: the plan's supervision tasks
 * (依法严格生产建设活动水土保持监管) measured by the ledger. The city's year in a paragraph with its
 * change on the year before, the county whose disturbed area rose most, and a table by county.
 * Left out where the ledger has no row for the report year.
 */
final class SupervisionSection {
    private final Composition c;

    SupervisionSection(Composition composition) {
        this.c = composition;
    }

    void addTo(Blocks blocks) {
        int year = c.in.year();
        List<Row> counties = SupervisionLedger.counties(c.in.dataset(), r -> r.year() == year);
        if (counties.isEmpty()) {
            return;
        }
        Row city = SupervisionLedger.cityTotals(counties).get(0);
        List<Row> before = SupervisionLedger.counties(c.in.dataset(), r -> r.year() == year - 1);
        Optional<SupervisionFigures> last = before.isEmpty() ? Optional.empty()
                : Optional.of(SupervisionLedger.cityTotals(before).get(0).figures());
        blocks.subheading("supervision", c.text("supervision.heading"));
        List<String> sentences = new ArrayList<>();
        sentences.add(summary(city.figures(), last));
        sentences.add(area(city.figures(), last));
        SupervisionLedger.largestDisturbanceRise(c.in.dataset(), year).ifPresent(rise -> sentences.add(
                c.text("supervision.rise", c.names.of(rise.now().county()), c.prose.km2(rise.disturbedRiseKm2()),
                        Integer.toString(rise.now().figures().patchesFound()),
                        countChange(rise.now().figures().patchesFound() - rise.before().figures().patchesFound(),
                                "supervision.unit.patch"))));
        blocks.paragraph(c.lang.sentences(sentences));
        List<Row> rows = new ArrayList<>(counties);
        rows.add(city);
        blocks.table(c.text("supervision.table", c.prose.year(year)), c.table(columns(), rows));
    }

    private String summary(SupervisionFigures now, Optional<SupervisionFigures> last) {
        return c.text("supervision.summary", c.prose.year(c.in.year()), Integer.toString(now.plansApproved()),
                last.map(l -> c.text("supervision.change", countChange(now.plansApproved() - l.plansApproved(),
                        "supervision.unit.plan"))).orElse(""),
                Integer.toString(now.patchesFound()), Integer.toString(now.patchesHandled()),
                now.handlingRatePct().isPresent() ? c.prose.pct(now.handlingRatePct().getAsDouble()) : "",
                c.prose.money(now.compensationFeeWan()),
                last.filter(l -> l.compensationFeeWan() > 0).map(l -> c.text("supervision.change",
                        feeChange(now.compensationFeeWan() / l.compensationFeeWan() * 100 - 100))).orElse(""),
                Integer.toString(now.acceptanceFilings()), Integer.toString(now.casesOpened()),
                Integer.toString(now.casesClosed()));
    }

    /** The city's disturbed area and its change, or that some county did not measure it. */
    private String area(SupervisionFigures now, Optional<SupervisionFigures> last) {
        if (now.disturbedAreaKm2().isEmpty()) {
            return c.text("supervision.area.none");
        }
        double area = now.disturbedAreaKm2().getAsDouble();
        OptionalDouble was = last.map(SupervisionFigures::disturbedAreaKm2).orElse(OptionalDouble.empty());
        String change = "";
        if (was.isPresent()) {
            double d = area - was.getAsDouble();
            String rounded = Numbers.fixed(Math.abs(d), 2);
            change = c.text("supervision.change", rounded.equals("0.00") ? c.text("supervision.same")
                    : c.text(d > 0 ? "supervision.more" : "supervision.less", c.prose.km2(Math.abs(d))));
        }
        return c.text("supervision.area", c.prose.km2(area), change);
    }

    /** 增加12个 / up 12: a change of a count with its measure word. */
    private String countChange(int change, String unitKey) {
        if (change == 0) {
            return c.text("supervision.same");
        }
        return c.text(change > 0 ? "supervision.more" : "supervision.less",
                Math.abs(change) + c.text(unitKey));
    }

    /** 增长3.20% / up 3.20 %: a change of money, percent. */
    private String feeChange(double pct) {
        String rounded = Numbers.fixed(Math.abs(pct), 2);
        if (rounded.equals("0.00")) {
            return c.text("supervision.same");
        }
        return c.text(pct > 0 ? "supervision.grew" : "supervision.fell", c.lang.percent(rounded));
    }

    private List<Column<Row>> columns() {
        return List.<Column<Row>>of(
                Column.text("name", c.text("col.name"), r -> c.names.of(r.unit())),
                count("col.sup.plans", SupervisionFigures::plansApproved),
                count("col.sup.patches", SupervisionFigures::patchesFound),
                count("col.sup.handled", SupervisionFigures::patchesHandled),
                rate("col.sup.handling_rate", SupervisionFigures::handlingRatePct),
                Column.number("fee", c.text("col.sup.fee"), r -> Numbers.fixed(r.figures().compensationFeeWan(), 2)),
                count("col.sup.filings", SupervisionFigures::acceptanceFilings),
                count("col.sup.opened", SupervisionFigures::casesOpened),
                count("col.sup.closed", SupervisionFigures::casesClosed),
                Column.number("disturbed", c.text("col.sup.disturbed"),
                        r -> Numbers.fixed(r.figures().disturbedAreaKm2(), 2)))
                .stream().map(col -> col.zh(col.heading())).toList();
    }

    private Column<Row> count(String headingKey, ToIntFunction<SupervisionFigures> value) {
        return Column.number(key(headingKey), c.text(headingKey),
                r -> Integer.toString(value.applyAsInt(r.figures())));
    }

    private Column<Row> rate(String headingKey, Function<SupervisionFigures, OptionalDouble> value) {
        return Column.number(key(headingKey), c.text(headingKey), r -> Numbers.fixed(value.apply(r.figures()), 2));
    }

    private static String key(String headingKey) {
        return headingKey.substring(headingKey.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
