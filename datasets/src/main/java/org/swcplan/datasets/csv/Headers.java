package org.swcplan.datasets.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swcplan.model.ColumnHeadings;
import org.swcplan.model.supervision.SupervisionFigures;

/**
 * Header cells as statisticians write them, mapped to canonical columns: English canonical names
 * or Chinese names (年份, 县区, 国土面积, 轻度 …), in any case and spacing, full-width or not, with
 * a unit in brackets or as a suffix ({@code 国土面积(亩)}, {@code 面积（hm2）}) giving the factor
 * that converts the column's values to km².
 */
public final class Headers {
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("^(.*?)[(\\[]([^)\\]]*)[)\\]]$");
    /** Units of area and their size in km². */
    private static final Map<String, Double> AREA_UNITS = Map.ofEntries(
            Map.entry("km2", 1.0), Map.entry("km²", 1.0), Map.entry("平方公里", 1.0), Map.entry("平方千米", 1.0),
            Map.entry("hm2", 0.01), Map.entry("hm²", 0.01), Map.entry("公顷", 0.01), Map.entry("ha", 0.01),
            Map.entry("亩", 1 / 1500.0), Map.entry("mu", 1 / 1500.0), Map.entry("万亩", 10_000 / 1500.0));
    /** The counts of the supervision ledger, which a header may give in 个, 件, 宗 or 项. */
    private static final java.util.Set<String> SUPERVISION_COUNTS = java.util.Set.copyOf(SupervisionFigures.COUNT_KEYS);
    /** Alias → canonical columns it may stand for, tried in order against a file's schema. */
    private static final Map<String, List<String>> ALIASES = aliases();

    private Headers() {
    }

    /** A header resolved to a canonical column, and the factor converting its values into the column's unit. */
    public record Resolved(String column, double factor) {
    }

    /** Lower-cased, NFKC-normalised, without spaces. */
    static String key(String header) {
        return Values.normalise(header).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    public static Optional<Resolved> resolve(String header, Schema schema) {
        String key = key(header);
        Optional<Resolved> direct = lookup(key, schema, 1);
        if (direct.isPresent()) {
            return direct;
        }
        Matcher m = UNIT_IN_BRACKETS.matcher(key);
        if (m.matches()) {
            String base = m.group(1);
            String unit = m.group(2);
            Double factor = AREA_UNITS.get(unit);
            if (factor != null) {
                return lookup(base, schema, factor).filter(r -> r.column().endsWith("km2") || factor == 1);
            }
            return lookup(base, schema, 1).filter(r -> unitFits(unit, r.column()));
        }
        return Optional.empty();
    }

    /** Whether a non-area unit in a header suits the column it names: % for rates, 万元 for money, counts. */
    private static boolean unitFits(String unit, String column) {
        return switch (unit) {
            case "" -> true;
            case "%" -> column.endsWith("_pct") || column.equals("value") || column.equals("percent");
            case "万元" -> column.endsWith("_wan");
            case "座", "个", "处" -> column.startsWith("check_dams_") || column.equals("target") || column.equals("progress")
                    || SUPERVISION_COUNTS.contains(column);
            case "件", "宗", "项" -> SUPERVISION_COUNTS.contains(column);
            default -> false;
        };
    }

    private static Optional<Resolved> lookup(String key, Schema schema, double factor) {
        if (schema.knows(key)) {
            return Optional.of(new Resolved(key, factor));
        }
        for (String column : ALIASES.getOrDefault(key, List.of())) {
            if (schema.knows(column)) {
                return Optional.of(new Resolved(column, factor));
            }
        }
        return Optional.empty();
    }

    /** The Chinese header of a canonical column, for exports with Chinese headers; the column itself if none. */
    public static String chinese(String column) {
        return ColumnHeadings.find(column).orElse(column);
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        add(a, List.of("code", "county"), "行政区划代码", "区划代码", "代码", "县区代码", "countycode", "county_code", "county",
                "县区", "县(市、区)", "县(市,区)", "县市区", "区县", "县", "单位名称", "地区");
        add(a, List.of("name_zh"), "名称", "name");
        add(a, List.of("year"), "年份", "年度", "年", "统计年份");
        add(a, List.of("land_area_km2"), "国土面积", "土地面积", "总面积", "land_area", "land");
        add(a, List.of("erosion_km2"), "水土流失面积", "侵蚀面积", "erosion", "erosion_area");
        add(a, List.of("erosion_light_km2"), "轻度", "轻度侵蚀", "light");
        add(a, List.of("erosion_moderate_km2"), "中度", "中度侵蚀", "moderate");
        add(a, List.of("erosion_intense_km2"), "强烈", "强烈侵蚀", "intense");
        add(a, List.of("erosion_very_intense_km2"), "极强烈", "极强烈侵蚀", "very_intense");
        add(a, List.of("erosion_severe_km2"), "剧烈", "剧烈侵蚀", "severe");
        add(a, List.of("erosion_wind_km2"), "风力侵蚀", "风蚀", "wind");
        add(a, List.of("swc_rate_reported_pct"), "水土保持率", "swc_rate", "保持率");
        add(a, List.of("status"), "状态", "数据状态");
        add(a, List.of("source"), "来源", "数据来源", "出处");
        add(a, List.of("treated_terrace_km2"), "梯田", "terrace");
        add(a, List.of("treated_swc_forest_km2"), "水保林", "水土保持林", "swc_forest");
        add(a, List.of("treated_economic_forest_km2"), "经济林", "经果林", "economic_forest");
        add(a, List.of("treated_grass_km2"), "种草", "grass");
        add(a, List.of("treated_closure_km2"), "封禁治理", "封禁", "封育", "closure");
        add(a, List.of("treated_tillage_km2"), "保土耕作", "tillage");
        add(a, List.of("treated_other_km2"), "其他措施", "其他", "other");
        add(a, List.of("check_dams_new"), "淤地坝", "新建淤地坝", "check_dams");
        add(a, List.of("investment_wan"), "投资", "完成投资", "investment");
        add(a, List.of("treated_cum_km2"), "累计治理面积", "累计初步治理面积", "累计治理");
        add(a, List.of("upgraded_terrace_km2"), "梯田提升改造", "老旧梯田提升改造", "梯田改造", "坡耕地综合治理");
        add(a, List.of("upgraded_swc_forest_km2"), "水保林提升改造", "水保林改造");
        add(a, List.of("upgraded_economic_forest_km2"), "经济林提升改造", "经济林改造");
        add(a, List.of("upgraded_grass_km2"), "种草提升改造");
        add(a, List.of("upgraded_closure_km2"), "封禁治理提升改造");
        add(a, List.of("upgraded_tillage_km2"), "保土耕作提升改造");
        add(a, List.of("upgraded_other_km2"), "其他措施提升改造", "其他提升改造");
        add(a, List.of("check_dams_reinforced"), "病险淤地坝除险加固", "除险加固淤地坝", "除险加固");
        add(a, List.of("check_dams_upgraded"), "老旧淤地坝提升改造", "淤地坝提升改造");
        add(a, List.of("baseline_erosion_km2"), "历史水土流失面积", "基准水土流失面积", "baseline");
        add(a, List.of("base_year"), "基准年");
        add(a, List.of("scope"), "范围");
        add(a, List.of("indicator"), "指标");
        add(a, List.of("value"), "数值", "值", "目标值");
        add(a, List.of("name"), "参数");
        add(a, List.of("measure"), "措施");
        add(a, List.of("km2"), "面积", "治理面积", "area");
        add(a, List.of("unit"), "单位");
        add(a, List.of("target"), "目标");
        add(a, List.of("deadline"), "期限", "截止年份");
        add(a, List.of("progress"), "进展", "完成");
        add(a, List.of("progress_year"), "进展年份");
        add(a, List.of("id"), "编号");
        add(a, List.of("name_en"), "英文名称");
        add(a, List.of("baseline_2023"), "2023年基数");
        add(a, List.of("subunit"), "统计子单元", "子单元", "所属园区", "开发区");
        add(a, List.of("parent"), "所属县(市、区)", "所属县区", "上级县区");
        add(a, List.of("responsible_unit"), "责任单位", "管理机构");
        add(a, List.of("count_from"), "起算年份", "统计起始年份", "起始年份");
        add(a, List.of("ledger"), "台账科目", "计数台账");
        add(a, List.of("item"), "事项编号", "事项代码");
        add(a, List.of("completed"), "完成时间", "完成日期", "完成年份");
        add(a, List.of("evidence"), "佐证材料", "佐证", "证明材料");
        add(a, List.of("document_no"), "文号");
        add(a, List.of("plan_title"), "规划名称");
        add(a, List.of("unit_zh"), "单位(中文)", "中文单位", "计量单位");
        add(a, List.of("no"), "序号");
        add(a, List.of("section_zh"), "所属部分");
        add(a, List.of("section_en"), "所属部分(英文)");
        add(a, List.of("task_zh"), "任务", "工作任务");
        add(a, List.of("task_en"), "任务(英文)", "工作任务(英文)");
        add(a, List.of("lead_units"), "牵头单位");
        add(a, List.of("lead_units_en"), "牵头单位(英文)");
        add(a, List.of("cooperating_units"), "配合单位");
        add(a, List.of("cooperating_units_en"), "配合单位(英文)");
        add(a, List.of("plans_approved"), "方案审批数", "审批方案数", "水土保持方案审批数", "方案审批", "批复方案数",
                "plans");
        add(a, List.of("patches_found"), "图斑数", "遥感图斑", "遥感图斑数", "发现图斑", "发现图斑数", "扰动图斑",
                "patches");
        add(a, List.of("patches_handled"), "查处图斑", "查处图斑数", "图斑查处数", "已查处图斑", "处理图斑数");
        add(a, List.of("compensation_fee_wan"), "补偿费", "补偿费征收", "征收补偿费", "水土保持补偿费",
                "补偿费征收额", "compensation_fee");
        add(a, List.of("acceptance_filings"), "验收报备数", "验收报备", "自主验收报备数", "报备数");
        add(a, List.of("cases_opened"), "立案数", "立案", "违法案件立案数", "案件立案数");
        add(a, List.of("cases_closed"), "结案数", "结案", "违法案件结案数", "案件结案数");
        add(a, List.of("disturbed_area_km2"), "扰动面积", "人为扰动面积", "扰动土地面积", "disturbed_area");
        add(a, List.of("origin"), "任务出处", "出处类别");
        add(a, List.of("basis"), "正文依据", "依据");
        add(a, List.of("counties"), "相关县(市、区)", "相关县", "涉及县(市、区)");
        add(a, List.of("date"), "日期", "截至日期", "进展日期");
        add(a, List.of("percent"), "完成比例", "完成百分比", "进度", "完成进度");
        add(a, List.of("evidence"), "佐证", "佐证材料", "依据材料");
        return a;
    }

    private static void add(Map<String, List<String>> table, List<String> columns, String... aliases) {
        for (String alias : aliases) {
            table.put(key(alias), columns);
        }
    }
}
