package org.swcplan.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The Chinese heading of every column the tool reads or writes, by its English key, in one file
 * ({@code column_headings_zh.properties} beside this class): CSV exported with Chinese headers,
 * import's recognition of Chinese headers, terminal tables, Markdown and the report use the same
 * words.
 */
public final class ColumnHeadings {
    private static final Properties ZH = load();

    private ColumnHeadings() {
    }

    /**
     * @throws IllegalArgumentException when the key has none (a test asserts that every column of
     *                                  every output has one)
     */
    public static String chinese(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no Chinese heading for column " + key));
    }

    public static Optional<String> find(String key) {
        return Optional.ofNullable(ZH.getProperty(key));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ColumnHeadings.class.getResourceAsStream("column_headings_zh.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing column_headings_zh.properties");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
