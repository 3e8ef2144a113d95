package org.swcplan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A closed set (an enum) whose constants are written by a key in files, outputs and on the
 * command line, and read back from it: the key, the lookup and its error message in one place.
 */
public interface Keyed {
    /** Implemented by {@link Enum#name()}. */
    String name();

    /** The key as written: by default the constant's name in lower case ({@code SWC_RATE_PCT -> swc_rate_pct}). */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every key of {@code type}, in declaration order. */
    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }

    /** The constant whose key is {@code text}, if there is one. */
    static <E extends Enum<E> & Keyed> Optional<E> find(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(text)).findFirst();
    }

    /**
     * The constant whose key is {@code text}.
     *
     * @param field what the value is, for the message ({@code status}, {@code county type} …)
     * @throws IllegalArgumentException naming the field, every allowed key and the text
     */
    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String text) {
        return find(type, text).orElseThrow(() -> unknown(type, field, text, List.of()));
    }

    /**
     * The constant whose key, or whose {@code word} (the Chinese word outputs print: 已完成 …), is
     * {@code text}.
     *
     * @throws IllegalArgumentException as {@link #parse(Class, String, String)}, naming the keys
     */
    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String text, Function<E, String> word) {
        String stripped = text.strip();
        Optional<E> byWord = Arrays.stream(type.getEnumConstants()).filter(e -> word.apply(e).equals(stripped))
                .findFirst();
        if (byWord.isPresent()) {
            return byWord.get();
        }
        // the words are accepted too: an interface may list them beside the keys
        return find(type, text).orElseThrow(() -> unknown(type, field, text,
                Arrays.stream(type.getEnumConstants()).map(word).toList()));
    }

    /** The text matches no key: the message names the keys; {@code words}, also accepted, join them as known. */
    private static <E extends Enum<E> & Keyed> UnknownName unknown(Class<E> type, String field, String text,
                                                                List<String> words) {
        List<String> known = new ArrayList<>(keys(type));
        known.addAll(words);
        return new UnknownName(field + " must be " + choices(keys(type)) + " was " + text, UnknownName.Thing.VALUE,
                text.strip(), List.of(), known);
    }

    /** {@code a or b,} for two keys; {@code one of a, b, c;} for more. */
    private static String choices(List<String> keys) {
        return keys.size() == 2 ? keys.get(0) + " or " + keys.get(1) + ","
                : "one of " + String.join(", ", keys) + ";";
    }
}
