package org.swcplan.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The language of charts and reports, with its texts (UTF-8 properties beside this class). */
public enum Language {
    ZH("zh-CN"), EN("en");

    private final String tag;
    /** Read on first use: a run mostly needs one language's texts, often none (about 5 ms at start-up). */
    private Properties texts;

    Language(String tag) {
        this.tag = tag;
    }

    private synchronized Properties texts() {
        if (texts == null) {
            String file = "texts_" + name().toLowerCase(Locale.ROOT) + ".properties";
            try (InputStream in = Language.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + file);
                }
                Properties loaded = new Properties();
                loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** The BCP 47 tag, for {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The text for {@code key}, with {0}, {1} … filled in (numbers must be preformatted strings). */
    public String text(String key, Object... arguments) {
        String pattern = texts().getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " in " + this);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A percentage figure with its sign: {@code 61%} in Chinese (official style), {@code 61 %} in English. */
    public String percent(String figure) {
        return figure.isEmpty() ? "" : this == ZH ? figure + "%" : figure + " %";
    }

    /** Sentences run together as this language writes them: no space between Chinese sentences. */
    public String sentences(List<String> sentences) {
        return String.join(this == ZH ? "" : " ", sentences);
    }

    /** A forecasting method's name for people: {@code auto} is 组合预测 in Chinese; others keep their id. */
    public String forecastMethod(String id) {
        return texts().getProperty("forecast_method." + id, id);
    }

    /** A unit's name in this language. */
    public String name(String nameZh, String nameEn) {
        return this == ZH ? nameZh : nameEn;
    }

    /** A name in this language; the Chinese one where the data gives no English (an optional column). */
    public String nameOrChinese(String nameZh, String nameEn) {
        return name(nameZh, nameEn.isEmpty() ? nameZh : nameEn);
    }

    public static Language fromKey(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be zh or en, was " + text);
        };
    }
}
