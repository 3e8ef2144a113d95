package org.swcplan.model.plan;

/**
 * A quantitative commitment of the plan and how far it has come.
 *
 * @param unit        km2, count, or pct (rates; remaining and pace in percentage points)
 * @param unitZh      the Chinese unit or measure word (平方公里, 座, 条, 户, %)
 * @param remaining   target − progress, never below 0
 * @param pacePerYear remaining / (deadline − progress year); NaN when the deadline has passed
 */
public record Commitment(String id, String nameZh, String nameEn, String unit, String unitZh, double target,
                         int deadline, double progress, int progressYear, double remaining, double pacePerYear,
                         CommitmentStatus status, String source) {
}
