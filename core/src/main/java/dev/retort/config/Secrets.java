package dev.retort.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks passwords wherever configuration is echoed. */
public final class Secrets {

    /** What a masked secret prints as. */
    public static final String MASK = "******";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USERINFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");
    private static final Pattern USERINFO_SECRET = Pattern.compile("//[^/:@]+:([^@/]+)@");
    private static final Pattern PASSWORD_VALUE = Pattern.compile("(?i)password=([^&;]+)");

    /** Shorter values are not hunted for in free text: masking every "a" would garble messages. */
    private static final int MIN_SECRET = 3;

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

    /**
     * {@return the secrets of a connection: the password, the URL's {@code user:password@} and {@code password=}
     * values} Drivers echo parts of a malformed URL without its context ({@code Incorrect port value :
     * secret@host}), so these are masked wherever they appear, not only inside a URL.
     *
     * @param url the JDBC URL, or {@code null}
     * @param password the password, or {@code null}
     */
    public static List<String> secretsOf(String url, String password) {
        List<String> out = new ArrayList<>();
        if (password != null && !password.isEmpty()) {
            out.add(password);
        }
        if (url != null) {
            Matcher userInfo = USERINFO_SECRET.matcher(url);
            while (userInfo.find()) {
                out.add(userInfo.group(1));
            }
            Matcher parameter = PASSWORD_VALUE.matcher(url);
            while (parameter.find()) {
                out.add(parameter.group(1));
            }
        }
        out.removeIf(v -> v.length() < MIN_SECRET);
        return out;
    }

    /**
     * {@return {@code text} with URL credentials and each of {@code secrets} hidden}
     *
     * @param text a message, or {@code null}
     * @param secrets values that must never be printed
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = maskUrl(text);
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /**
     * {@return a copy of {@code error} and its causes with every message redacted} The copies keep the classes'
     * names and stack traces, so a logged trace says what failed without the secret.
     *
     * @param error the error, or {@code null}
     * @param secrets values that must never be printed
     */
    public static Throwable redact(Throwable error, Collection<String> secrets) {
        if (error == null) {
            return null;
        }
        String message = error.getMessage();
        String redacted = redact(message, secrets);
        Throwable cause = redact(error.getCause(), secrets);
        if (java.util.Objects.equals(message, redacted) && cause == error.getCause()) {
            return error;
        }
        Redacted copy = new Redacted(error.getClass().getName() + (redacted == null ? "" : ": " + redacted), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** A redacted stand-in for an exception whose message held a secret. */
    private static final class Redacted extends Exception {
        private static final long serialVersionUID = 1L;

        Redacted(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
