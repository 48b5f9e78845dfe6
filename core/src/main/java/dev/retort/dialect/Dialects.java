package dev.retort.dialect;

import dev.retort.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/** Finds the dialect for a database: built-ins first, then {@link ServiceLoader} extensions. */
public final class Dialects {

    private static final List<Dialect> BUILT_IN = List.of(new PostgresDialect(), new MariaDbDialect(), new H2Dialect());

    private Dialects() {
    }

    /**
     * {@return the dialect whose {@link Dialect#matches} accepts the JDBC product name}
     *
     * @param productName the database's JDBC product name
     * @param classLoader where to look up dialect services
     */
    public static Dialect forProductName(String productName, ClassLoader classLoader) {
        Dialect found = first(classLoader, d -> d.matches(productName));
        if (found != null) {
            return found;
        }
        throw new ConfigurationException("No Retort dialect for database '" + productName + "'. Supported: "
                + String.join(", ", names(classLoader)) + "; add one through META-INF/services/" + Dialect.class.getName());
    }

    /**
     * {@return the dialect called {@code name} ({@code h2}, {@code postgresql}, {@code mariadb}, {@code mysql})}
     *
     * @param name the dialect's name
     * @param classLoader where to look up dialect services
     */
    public static Dialect byName(String name, ClassLoader classLoader) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("mysql") || n.equals("postgres")) {
            n = n.equals("mysql") ? "mariadb" : "postgresql";
        }
        String wanted = n;
        Dialect found = first(classLoader, d -> d.name().equals(wanted));
        if (found != null) {
            return found;
        }
        throw new ConfigurationException("Unknown dialect '" + name + "'. Supported: " + String.join(", ", names(classLoader)));
    }

    /**
     * {@return the dialect implied by a JDBC URL ({@code jdbc:postgresql:...}), or null}
     *
     * @param url the JDBC URL
     * @param classLoader where to look up dialect services
     */
    public static Dialect forUrl(String url, ClassLoader classLoader) {
        if (url == null || !url.startsWith("jdbc:")) {
            return null;
        }
        String rest = url.substring(5);
        int colon = rest.indexOf(':');
        String product = colon < 0 ? rest : rest.substring(0, colon);
        return first(classLoader, d -> d.matches(product));
    }

    /**
     * The first dialect, in {@link #all} order, that {@code test} accepts, or null. A built-in one is found without
     * the service lookup, which reads every jar of the class path.
     */
    private static Dialect first(ClassLoader classLoader, Predicate<Dialect> test) {
        for (Dialect d : BUILT_IN) {
            if (test.test(d)) {
                return d;
            }
        }
        for (Dialect d : ServiceLoader.load(Dialect.class, classLoader)) {
            if (test.test(d)) {
                return d;
            }
        }
        return null;
    }

    private static List<Dialect> all(ClassLoader classLoader) {
        List<Dialect> all = new ArrayList<>(BUILT_IN);
        for (Dialect d : ServiceLoader.load(Dialect.class, classLoader)) {
            all.add(d);
        }
        return all;
    }

    private static List<String> names(ClassLoader classLoader) {
        return all(classLoader).stream().map(Dialect::name).toList();
    }
}
