package com.brewski.bootstrap;

import java.util.Locale;

/**
 * {@code LOG_FORMAT}: {@code json} for JSON lines (a log collector), anything else or unset for the
 * readable lines a person reads. {@code logback.xml} chooses its appender from {@link #PROPERTY}.
 */
final class LogFormat {
    static final String PROPERTY = "brewski.log.appender";

    private LogFormat() {}

    /** The appender of {@code logback.xml} for a {@code LOG_FORMAT} value. */
    static String appender(String logFormat) {
        return logFormat != null && logFormat.strip().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
