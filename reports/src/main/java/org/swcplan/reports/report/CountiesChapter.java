package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.report.ReportDocument.Chapter;

/** 三、各县（市、区）情况: each county's year in a paragraph, its milestones ahead and its path. */
final class CountiesChapter {
    private final Composition c;

    CountiesChapter(Composition composition) {
        this.c = composition;
    }

    Chapter build() {
        Blocks blocks = c.blocks();
        for (UnitForecast unit : c.in.outlook().counties()) {
            UnitStanding standing = c.standing(unit.unit());
            String name = c.names.of(unit.unit());
            blocks.subheading("county-" + unit.unit().id(), name);
            List<String> sentences = new ArrayList<>();
            sentences.add(summary(name, standing));
            subunitSentences(unit, name).forEach(sentences::add);
            sentences.addAll(c.assessments(unit.unit()));
            blocks.paragraph(c.lang.sentences(sentences));
            blocks.table(c.text("counties.table", name), c.table(GapTables.unitMilestones(c.lang), c.ahead(unit.unit())));
            blocks.figure(ChartNames.trajectory(unit.unit()), c.text("figure.county", name));
        }
        return blocks.chapter("counties", c.text("chapter.counties"));
    }

    /**
     * A sentence for each reporting sub-unit of the county whose own figures the treatment ledger
     * gives for the report's year: what it treated and invested, included in the county's figures.
     */
    private List<String> subunitSentences(UnitForecast unit, String county) {
        List<String> sentences = new ArrayList<>();
        for (Subunit subunit : c.in.dataset().subunits()) {
            if (!subunit.parent().id().equals(unit.unit().id())) {
                continue;
            }
            c.in.dataset().treatmentOfSubunit(subunit.id()).stream().filter(r -> r.year() == c.in.year()).findFirst()
                    .ifPresent(r -> sentences.add(c.text("counties.subunit",
                            c.lang.nameOrChinese(subunit.nameZh(), subunit.nameEn()),
                            county, c.prose.year(c.in.year()), c.prose.km2(r.newTreatedKm2()),
                            c.prose.money(r.investmentWan()))));
        }
        return sentences;
    }

    private String summary(String name, UnitStanding standing) {
        String degree = standing.treatmentDegreePct().isPresent()
                ? c.text("counties.degree", c.prose.pct(standing.treatmentDegreePct().getAsDouble())) : "";
        return c.text("counties.summary", c.prose.year(c.in.year()), name, c.prose.pct(standing.swcRatePct()),
                c.prose.change(standing.changePp()), c.prose.km2(standing.erosionKm2()), degree);
    }
}
