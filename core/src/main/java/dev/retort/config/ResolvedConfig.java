package dev.retort.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings after precedence was applied; {@link #describe()} prints them with secrets masked. */
public record ResolvedConfig(Map<String, Setting> settings) {

    static final String PLACEHOLDER_PREFIX = "placeholders.";

    public ResolvedConfig {
        settings = Map.copyOf(settings);
    }

    /** The value of {@code key}, or null when no source sets it. */
    public String get(String key) {
        Setting s = settings.get(key);
        return s == null ? null : s.value();
    }

    /** The setting for {@code key}, or null. */
    public Setting setting(String key) {
        return settings.get(key);
    }

    /** {@code placeholders.<name>} settings as name → value. */
    public Map<String, String> placeholders() {
        return under(PLACEHOLDER_PREFIX);
    }

    /** The settings whose keys start with {@code prefix}, prefix removed, sorted by key. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.keySet().stream().filter(k -> k.startsWith(prefix) && k.length() > prefix.length()).sorted()
                .forEach(k -> out.put(k.substring(prefix.length()), settings.get(k).value()));
        return out;
    }

    /** This configuration with {@code key} set to {@code value} (source {@code default}) when no source sets it. */
    public ResolvedConfig withDefault(String key, String value) {
        if (settings.containsKey(key)) {
            return this;
        }
        Map<String, Setting> out = new LinkedHashMap<>(settings);
        out.put(key, new Setting(value, "default"));
        return new ResolvedConfig(out);
    }

    /** One line per setting, {@code key = value (source)}, passwords and URL credentials masked. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        settings.keySet().stream().sorted().forEach(k -> {
            Setting s = settings.get(k);
            lines.add(k + " = " + Secrets.mask(k, s.value()) + " (" + s.source() + ")");
        });
        return lines;
    }
}
