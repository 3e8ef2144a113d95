package org.swcplan.tables.frame;

import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/** The unit's Chinese name beside its code, so that a frame reads without a join. */
final class Names {
    private Names() {
    }

    /** The frame with {@code name_zh} after {@code code}, where it has a code and no name. */
    static FrameBuilder besideCode(FrameBuilder frame, List<String> keys, List<List<String>> rows, Dataset dataset) {
        int code = keys.indexOf("code");
        if (code < 0 || keys.contains("name_zh")) {
            return frame;
        }
        return frame.insertAfter("code", "name_zh", FrameBuilder.Type.TEXT,
                rows.stream().map(r -> of(r.get(code), dataset)).toList());
    }

    /**
     * The name of a unit by its id in the model (a county's code, or {@code CITY}), as every output
     * names it (the city's row is 全市); empty if unknown.
     */
    static String of(String id, Dataset dataset) {
        if (Scope.City.ID.equals(id) || dataset.cityCode().filter(id::equals).isPresent()) {
            return StandingAnalysis.CITY_NAME_ZH;
        }
        return dataset.counties().stream().filter(c -> c.code().id().equals(id)).map(County::nameZh).findFirst()
                .orElse("");
    }
}
