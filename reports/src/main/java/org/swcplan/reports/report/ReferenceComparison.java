package org.swcplan.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.ReferenceIndicator;
import org.swcplan.model.region.ReferenceScope;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.text.Numbers;

/**
 * 与全省、全国比较: the city's rate beside the latest published rates of the province and the
 * country at or before the report year (references.csv), and the sources of those figures.
 */
final class ReferenceComparison {
    private final Composition c;

    ReferenceComparison(Composition composition) {
        this.c = composition;
    }

    /** The comparison in a sentence, or empty where the dataset holds no published figure. */
    String sentence(UnitStanding city) {
        List<String> levels = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (ReferenceScope scope : List.of(ReferenceScope.PROVINCE, ReferenceScope.NATIONAL)) {
            Optional<ReferenceFigure> rate = latest(scope);
            if (rate.isEmpty()) {
                continue;
            }
            ReferenceFigure figure = rate.get();
            String name = c.lang.name(figure.nameZh(), figure.nameEn());
            levels.add(c.text("compare.level", c.prose.year(figure.year()), name, c.prose.pct(figure.value())));
            double difference = city.swcRatePct() - figure.value();
            differences.add(c.text(difference >= 0 ? "compare.above" : "compare.below", name,
                    Numbers.fixed(Math.abs(difference), 2)));
        }
        if (levels.isEmpty()) {
            return "";
        }
        return c.text("compare.sentence", String.join(c.text("prose.comma"), levels), c.prose.pct(city.swcRatePct()),
                String.join(c.text("prose.comma"), differences));
    }

    /** The published figures the comparison uses, each with its source, for the note on methods and data. */
    List<String> sources() {
        List<String> lines = new ArrayList<>();
        for (ReferenceScope scope : List.of(ReferenceScope.PROVINCE, ReferenceScope.NATIONAL)) {
            latest(scope).ifPresent(f -> lines.add(c.text("compare.source", c.lang.name(f.nameZh(), f.nameEn()),
                    c.prose.year(f.year()), c.prose.pct(f.value()), f.source())));
        }
        return lines;
    }

    private Optional<ReferenceFigure> latest(ReferenceScope scope) {
        return c.in.dataset().latestReference(scope, ReferenceIndicator.SWC_RATE_PCT, c.in.year());
    }
}
