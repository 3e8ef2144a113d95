package org.swcplan.model;

import java.util.List;

/**
 * A value a rule refuses (a threshold out of its range, a year before the data ends). The message is
 * the English one; the rule's key and the values it names let an interface word it in its reader's
 * language.
 */
public final class RuleBroken extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final List<String> values;

    /**
     * @param rule   names the rule, e.g. {@code onTrackP}
     * @param values the value given first, then the others the message names, as written in it
     */
    public RuleBroken(String message, String rule, List<String> values) {
        super(message);
        this.rule = rule;
        this.values = List.copyOf(values);
    }

    public String rule() {
        return rule;
    }

    public List<String> values() {
        return values;
    }
}
