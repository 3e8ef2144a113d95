package org.swcplan.reports.status;

import org.swcplan.model.standing.Standing;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;

/** Where every county and the city stand in a year: one row per county, then the city's. */
public final class StatusResult {
    public static final String SCHEMA = "swc.status/1";

    private StatusResult() {
    }

    public static Result of(Standing standing, DataNote note) {
        int year = standing.year();
        Section<?> rows = Section.of("rows", Text.of("Status " + year, year + "年水土保持状况"), StatusColumn.ALL,
                standing.rows()).readAs(StatusColumn.ALL.stream().filter(c -> !c.key().equals("year") && !c.key().equals("unit_type")).toList())
                .withTotalLast();
        return Result.of(SCHEMA, Text.of("Soil and water conservation status, " + year
                        + " (SWC rate = (land − erosion) / land; erosion = light and above; treated % = initially treated share of "
                        + "the historical erosion stock; city = sum of areas)",
                        year + "年水土保持状况（水土保持率 =（国土面积 − 水土流失面积）/ 国土面积；水土流失面积为轻度及以上；"
                                + "治理度为历史水土流失面积的初步治理程度；全市为各县面积之和）"), note, rows)
                .withParameters(Parameter.of("year", year));
    }
}
