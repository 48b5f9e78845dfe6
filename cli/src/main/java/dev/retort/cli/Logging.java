package dev.retort.cli;

import java.util.Arrays;

/** Sends the engine's SLF4J logging (slf4j-simple) to stderr: warnings only, info with --verbose. */
final class Logging {

    private Logging() {
    }

    static void configure(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }
}
