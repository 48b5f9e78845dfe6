package dev.retort.bench;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every tool logs at WARN and above only, so console output is not part of what is measured: SLF4J
 * (Retort, Flyway, Hikari) through slf4j-simple, java.util.logging (Liquibase). Liquibase analytics off.
 */
final class QuietLogging {

    /** Held so the configured JUL loggers are not collected (and their level lost). */
    private static final Logger[] KEEP = new Logger[2];

    private QuietLogging() {
    }

    static void apply() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        KEEP[0] = Logger.getLogger("");
        KEEP[1] = Logger.getLogger("liquibase");
        for (Logger logger : KEEP) {
            logger.setLevel(Level.WARNING);
            for (Handler h : logger.getHandlers()) {
                h.setLevel(Level.WARNING);
            }
        }
    }
}
