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

    /** The value as it may be printed: masked for password keys, URL passwords hidden. */
    public static String mask(String key, String value) {
        if (value == null) {
            return null;
        }
        if (key.toLowerCase(Locale.ROOT).contains("password")) {
            return MASK;
        }
        return maskUrl(value);
    }

    /** Hides {@code password=...} parameters and {@code user:password@} credentials in a URL. */
    public static String maskUrl(String text) {
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1" + MASK);
        return URL_USERINFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
