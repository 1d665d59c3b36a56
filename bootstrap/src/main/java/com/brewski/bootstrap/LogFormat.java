package com.brewski.bootstrap;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code LOG_FORMAT}: {@code json} for JSON lines (a log collector, {@code logback-json.xml}), anything
 * else or unset for the readable lines a person reads ({@code logback.xml}, logback's default).
 */
final class LogFormat {
    /** Logback's own property naming its configuration (a classpath resource here). */
    static final String CONFIGURATION_PROPERTY = "logback.configurationFile";
    static final String JSON_CONFIGURATION = "logback-json.xml";

    private LogFormat() {}

    /** The configuration to use instead of logback's default, for a {@code LOG_FORMAT} value. */
    static Optional<String> configuration(String logFormat) {
        boolean json = logFormat != null && logFormat.strip().toLowerCase(Locale.ROOT).equals("json");
        return json ? Optional.of(JSON_CONFIGURATION) : Optional.empty();
    }

    /** Before the first logger: selects the configuration, unless one was chosen explicitly. */
    static void select(String logFormat) {
        if (System.getProperty(CONFIGURATION_PROPERTY) != null) return;
        configuration(logFormat).ifPresent(file -> System.setProperty(CONFIGURATION_PROPERTY, file));
    }
}
