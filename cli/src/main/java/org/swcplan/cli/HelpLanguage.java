package org.swcplan.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the help: Chinese when {@code --lang zh} is given, else when {@code SWC_LANG=zh},
 * else when the system locale is Chinese; English otherwise. Only the help's texts follow it: outputs
 * keep {@link Locale#ROOT}.
 */
public enum HelpLanguage {
    EN(Locale.ROOT), ZH(Locale.CHINESE);

    private static final String BUNDLE = "org.swcplan.cli.help";

    private final Locale locale;

    HelpLanguage(Locale locale) {
        this.locale = locale;
    }

    /** Chooses from the arguments, the value of {@code SWC_LANG} (may be null) and the system locale. */
    public static HelpLanguage choose(List<String> args, String swcLang, Locale system) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--lang=")) {
                return of(arg.substring("--lang=".length()), EN);
            }
            if (arg.equals("--lang") && i + 1 < args.size()) {
                return of(args.get(i + 1), EN);
            }
        }
        if (swcLang != null && !swcLang.isBlank()) {
            return of(swcLang, EN);
        }
        return system != null && system.getLanguage().equals("zh") ? ZH : EN;
    }

    private static HelpLanguage of(String value, HelpLanguage otherwise) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("zh") || v.startsWith("zh_") || v.startsWith("zh-") ? ZH : otherwise;
    }

    /** The help's texts in this language ({@code help.properties}, {@code help_zh.properties}). */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
