package org.swcplan.model;

import java.util.List;

/**
 * A name or key that matches none of those known. The message is the English one; the parts (what
 * was asked for, the name given, the names it may have meant, the names known) let an interface word
 * it in its reader's language.
 */
public final class UnknownName extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What was asked for: a unit, a forecasting method, a kind of data, or a value of a field. */
    public enum Thing {
        UNIT, METHOD, KIND, VALUE
    }

    private final Thing thing;
    private final String given;
    private final List<String> meant;
    private final List<String> known;

    /**
     * @param message the English message
     * @param meant   the names nearest to the one given (may be empty)
     * @param known   every name there is, where they are few enough to list (may be empty)
     */
    public UnknownName(String message, Thing thing, String given, List<String> meant, List<String> known) {
        super(message);
        this.thing = thing;
        this.given = given;
        this.meant = List.copyOf(meant);
        this.known = List.copyOf(known);
    }

    public Thing thing() {
        return thing;
    }

    public String given() {
        return given;
    }

    public List<String> meant() {
        return meant;
    }

    public List<String> known() {
        return known;
    }
}
