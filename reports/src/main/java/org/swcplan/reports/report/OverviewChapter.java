package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.swcplan.model.monitoring.IntensityClass;
import org.swcplan.model.monitoring.LandErosion;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.reports.Language;
import org.swcplan.reports.report.ReportDocument.Chapter;
import org.swcplan.reports.report.ReportTable.Layout;
import org.swcplan.reports.text.Numbers;

/**
 * 一、总体情况: the rate and its change, erosion by intensity class against the year before, the
 * year's new treatment by measure and by county with its investment and check dams, 治理度, the
 * city's path and the county map.
 */
final class OverviewChapter {
    private final Composition c;
    private final Prose prose;
    private final int year;

    OverviewChapter(Composition composition) {
        this.c = composition;
        this.prose = composition.prose;
        this.year = composition.in.year();
    }

    Chapter build() {
        UnitStanding city = c.in.standing().city();
        Optional<LandErosion> before = c.in.dataset().isComplete(year - 1)
                ? Optional.of(StandingAnalysis.of(c.in.dataset(), year - 1).city().areas()) : Optional.empty();
        List<TreatmentRecord> treated = c.in.dataset().countyTreatment().stream().filter(t -> t.year() == year).toList();
        Blocks blocks = c.blocks()
                .cards(cards(city))
                .paragraph(rateSentence(city, before))
                .paragraph(treatmentSentence(treated))
                .paragraph(degreeSentence(city))
                .paragraph(new ReferenceComparison(c).sentence(city))
                .table(c.text("overview.erosion.table", prose.year(year)), c.text("unit.km2"), erosionTable(city, before))
                .table(c.text("overview.measures.table", prose.year(year)), measureTable(treated))
                .table(c.text("overview.counties.table", prose.year(year)), countyTreatmentTable(treated))
                .figure(ChartNames.trajectory(Scope.CITY), c.text("figure.city", Names.city(c.in.dataset(), c.lang)))
                .figure(ChartNames.rateMap(year), c.text("figure.map", prose.year(year)));
        return blocks.chapter("overview", c.text("chapter.overview"));
    }

    private List<Block.Card> cards(UnitStanding city) {
        String degree = city.treatmentDegreePct().isPresent() ? prose.pct(city.treatmentDegreePct().getAsDouble()) : "–";
        String change = city.changePp().isEmpty() ? "–" : c.text(city.changePp().getAsDouble() < 0 ? "card.change.down"
                : "card.change.up", Numbers.fixed(Math.abs(city.changePp().getAsDouble()), 2));
        return List.of(
                new Block.Card(c.text("headline.rate"), prose.pct(city.swcRatePct())),
                new Block.Card(c.text("headline.change"), change),
                new Block.Card(c.text("headline.erosion"), Numbers.grouped(city.erosionKm2(), 2)),
                new Block.Card(c.text("headline.degree"), degree));
    }

    private String rateSentence(UnitStanding city, Optional<LandErosion> before) {
        LandErosion now = city.areas();
        double moderateUp = now.erosionByClass().totalKm2() - now.erosionByClass().lightKm2();
        double share = now.erosionKm2() == 0 ? 0 : moderateUp / now.erosionKm2() * 100;
        String sentence = c.text("overview.rate", prose.year(year), Names.city(c.in.dataset(), c.lang),
                prose.pct(city.swcRatePct()), prose.change(city.changePp()), prose.km2(now.erosionKm2()),
                prose.pct(now.erosionKm2() / now.landAreaKm2() * 100), prose.km2(moderateUp), prose.pct(share));
        if (before.isEmpty() || before.get().erosionKm2() == 0) {
            return sentence;
        }
        LandErosion then = before.get();
        double shareBefore = (then.erosionByClass().totalKm2() - then.erosionByClass().lightKm2()) / then.erosionKm2() * 100;
        return sentence + c.text("overview.moderate.trend", shareChange(share - shareBefore));
    }

    private String shareChange(double pp) {
        String rounded = Numbers.fixed(Math.abs(pp), 2);
        return rounded.equals("0.00") ? c.text("prose.change.flat")
                : c.text(pp > 0 ? "prose.change.up" : "prose.change.down", rounded);
    }

    private String treatmentSentence(List<TreatmentRecord> treated) {
        if (treated.isEmpty()) {
            return c.text("overview.treatment.none", prose.year(year));
        }
        double area = treated.stream().mapToDouble(TreatmentRecord::newTreatedKm2).sum();
        double money = treated.stream().mapToDouble(TreatmentRecord::investmentWan).sum();
        int dams = treated.stream().mapToInt(TreatmentRecord::checkDamsNew).sum();
        List<String> parts = new ArrayList<>();
        for (Measure m : Measure.values()) {
            double km2 = measureKm2(treated, m);
            if (km2 > 0) {
                parts.add(c.text("overview.measure.part", measure(m), prose.km2(km2)));
            }
        }
        String measures = String.join(c.lang == Language.ZH ? "，" : ", ", parts);
        return dams == 0 ? c.text("overview.treatment.nodams", prose.year(year), prose.km2(area), prose.money(money), measures)
                : c.text("overview.treatment", prose.year(year), prose.km2(area), prose.money(money), Integer.toString(dams),
                measures);
    }

    private String degreeSentence(UnitStanding city) {
        if (city.treatmentDegreePct().isEmpty() || city.treatedCumKm2().isEmpty()) {
            return "";
        }
        return c.text("overview.degree", prose.year(year), prose.km2(city.treatedCumKm2().getAsDouble()),
                prose.pct(city.treatmentDegreePct().getAsDouble()));
    }

    private ReportTable erosionTable(UnitStanding city, Optional<LandErosion> before) {
        LandErosion now = city.areas();
        List<String> headings = new ArrayList<>(List.of(c.text("col.intensity")));
        before.ifPresent(b -> headings.add(prose.year(year - 1)));
        headings.add(prose.year(year));
        before.ifPresent(b -> headings.add(c.text("col.change")));
        headings.add(c.text("col.share"));
        List<List<String>> rows = new ArrayList<>();
        for (IntensityClass k : IntensityClass.values()) {
            rows.add(erosionRow(c.lang.name(k.nameZh(), k.nameEn()), now.erosionByClass().km2(k),
                    before.map(b -> b.erosionByClass().km2(k)), now.erosionKm2()));
        }
        if (now.windErosionKm2() > 0 || before.map(b -> b.windErosionKm2() > 0).orElse(false)) {
            rows.add(erosionRow(c.text("erosion.wind"), now.windErosionKm2(), before.map(LandErosion::windErosionKm2),
                    now.erosionKm2()));
        }
        rows.add(erosionRow(c.text("erosion.total"), now.erosionKm2(), before.map(LandErosion::erosionKm2),
                now.erosionKm2()));
        List<Layout> layouts = new ArrayList<>(List.of(Layout.WORD));
        for (int i = 1; i < headings.size(); i++) {
            layouts.add(Layout.NUMBER);
        }
        return new ReportTable(headings, layouts, rows);
    }

    private static List<String> erosionRow(String name, double now, Optional<Double> before, double total) {
        List<String> row = new ArrayList<>(List.of(name));
        before.ifPresent(b -> row.add(Numbers.grouped(b, 2)));
        row.add(Numbers.grouped(now, 2));
        before.ifPresent(b -> row.add(Numbers.signed(OptionalDouble.of(now - b), 2)));
        row.add(total == 0 ? "" : Numbers.fixed(now / total * 100, 2));
        return row;
    }

    private ReportTable measureTable(List<TreatmentRecord> treated) {
        double total = treated.stream().mapToDouble(TreatmentRecord::newTreatedKm2).sum();
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : Measure.values()) {
            double km2 = measureKm2(treated, m);
            rows.add(List.of(measure(m), Numbers.grouped(km2, 2), total == 0 ? "" : Numbers.fixed(km2 / total * 100, 2)));
        }
        rows.add(List.of(c.text("erosion.total"), Numbers.grouped(total, 2), total == 0 ? "" : "100.00"));
        return treated.isEmpty() ? new ReportTable(List.of(), List.of(), List.of())
                : new ReportTable(List.of(c.text("col.measure"), c.text("col.area"), c.text("col.share")),
                        List.of(Layout.WORD, Layout.NUMBER, Layout.NUMBER), rows);
    }

    private ReportTable countyTreatmentTable(List<TreatmentRecord> treated) {
        List<List<String>> rows = new ArrayList<>();
        for (var county : c.in.dataset().counties()) {
            List<TreatmentRecord> own = treated.stream().filter(t -> t.county().equals(county.code())).toList();
            rows.add(treatmentRow(c.names.of(county.code()), own));
        }
        rows.add(treatmentRow(c.names.of(Scope.CITY), treated));
        return treated.isEmpty() ? new ReportTable(List.of(), List.of(), List.of())
                : new ReportTable(List.of(c.text("col.name"), c.text("col.treated"), c.text("col.dams"),
                        c.text("col.investment")), List.of(Layout.WORD, Layout.NUMBER, Layout.NUMBER, Layout.NUMBER), rows);
    }

    private static List<String> treatmentRow(String name, List<TreatmentRecord> records) {
        return List.of(name, Numbers.grouped(records.stream().mapToDouble(TreatmentRecord::newTreatedKm2).sum(), 2),
                Integer.toString(records.stream().mapToInt(TreatmentRecord::checkDamsNew).sum()),
                Numbers.grouped(records.stream().mapToDouble(TreatmentRecord::investmentWan).sum(), 2));
    }

    private static double measureKm2(List<TreatmentRecord> records, Measure m) {
        return records.stream().mapToDouble(t -> t.newTreatedKm2ByMeasure().get(m)).sum();
    }

    private String measure(Measure m) {
        return c.lang == Language.ZH ? m.nameZh() : c.text("measure." + m.key());
    }
}
