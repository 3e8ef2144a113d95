package org.swcplan.model.plan;

/** What kind of responsible unit a name stands for. */
public enum UnitKind {
    /** A municipal department or body (市水务局, 市检察院, 运城开发区管委会 …). */
    DEPARTMENT,
    /** The city's own government (运城市人民政府): not a county. */
    CITY_GOVERNMENT,
    /** One county's (district's, county-level city's) people's government. */
    COUNTY_GOVERNMENT,
    /** Every county's government at once: 各县（市、区）人民政府. */
    ALL_COUNTIES,
    /** The counties a task concerns: 相关县（市、区）人民政府, 相关（市、区）人民政府. */
    RELEVANT_COUNTIES,
    /** Any other group the plan names (各生产建设项目行业主管部门). */
    GROUP
}
