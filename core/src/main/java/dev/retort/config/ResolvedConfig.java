package dev.retort.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings after precedence was applied; {@link #describe()} prints them with secrets masked. */
public record ResolvedConfig(Map<String, Setting> settings) {

    static final String PLACEHOLDER_PREFIX = "placeholders.";

    /**
     * Copies the settings.
     *
     * @param settings each set key's value and source, by key
     */
    public ResolvedConfig {
        settings = Map.copyOf(settings);
    }

    /**
     * {@return the value of {@code key}, or null when no source sets it}
     *
     * @param key a key such as {@code url}
     */
    public String get(String key) {
        Setting s = settings.get(key);
        return s == null ? null : s.value();
    }

    /**
     * {@return the setting for {@code key}, or null}
     *
     * @param key a key such as {@code url}
     */
    public Setting setting(String key) {
        return settings.get(key);
    }

    /** {@return {@code placeholders.<name>} settings as name → value} */
    public Map<String, String> placeholders() {
        return under(PLACEHOLDER_PREFIX);
    }

    /**
     * {@return the settings whose keys start with {@code prefix}, prefix removed, sorted by key}
     *
     * @param prefix the start of the keys, e.g. {@code jpa.properties.}
     */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.keySet().stream().filter(k -> k.startsWith(prefix) && k.length() > prefix.length()).sorted()
                .forEach(k -> out.put(k.substring(prefix.length()), settings.get(k).value()));
        return out;
    }

    /**
     * {@return this configuration with {@code key} set to {@code value} (source {@code default}) when no source sets it}
     *
     * @param key the setting's key
     * @param value its value when unset
     */
    public ResolvedConfig withDefault(String key, String value) {
        if (settings.containsKey(key)) {
            return this;
        }
        Map<String, Setting> out = new LinkedHashMap<>(settings);
        out.put(key, new Setting(value, "default"));
        return new ResolvedConfig(out);
    }

    /** {@return one line per setting, {@code key = value (source)}, passwords and URL credentials masked} */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        settings.keySet().stream().sorted().forEach(k -> {
            Setting s = settings.get(k);
            lines.add(k + " = " + Secrets.mask(k, s.value()) + " (" + s.source() + ")");
        });
        return lines;
    }
}
