package dev.retort.config;

import java.util.Locale;
import java.util.regex.Pattern;

/** Masks passwords wherever configuration is echoed. */
public final class Secrets {

    /** What a masked secret prints as. */
    public static final String MASK = "******";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USERINFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private Secrets() {
    }

    /**
     * {@return the value as it may be printed: masked for password keys, URL passwords hidden}
     *
     * @param key the setting's key
     * @param value its value
     */
    public static String mask(String key, String value) {
        if (value == null) {
            return null;
        }
        if (key.toLowerCase(Locale.ROOT).contains("password")) {
            return MASK;
        }
        return maskUrl(value);
    }

    /**
     * {@return {@code text} with {@code password=...} parameters and {@code user:password@} credentials hidden}
     *
     * @param text a URL or a message that may contain one
     */
    public static String maskUrl(String text) {
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1" + MASK);
        return URL_USERINFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
