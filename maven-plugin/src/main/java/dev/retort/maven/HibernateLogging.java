package dev.retort.maven;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's start-up chatter out of the build log while it writes the target DDL: its logging (JBoss
 * Logging, loaded fresh with the project's class path) goes to {@code java.util.logging}, where only errors pass.
 * Without this, a project with Logback and no {@code logback.xml} would print Hibernate's DEBUG output.
 */
final class HibernateLogging implements AutoCloseable {

    private static final String PROVIDER = "org.jboss.logging.provider";

    private final String previousProvider;
    private final Logger hibernate = Logger.getLogger("org.hibernate");
    private final Level previousLevel = hibernate.getLevel();

    private HibernateLogging() {
        previousProvider = System.getProperty(PROVIDER);
        System.setProperty(PROVIDER, "jdk");
        hibernate.setLevel(Level.SEVERE);
    }

    static HibernateLogging quiet() {
        return new HibernateLogging();
    }

    @Override
    public void close() {
        hibernate.setLevel(previousLevel);
        if (previousProvider == null) {
            System.clearProperty(PROVIDER);
        } else {
            System.setProperty(PROVIDER, previousProvider);
        }
    }
}
