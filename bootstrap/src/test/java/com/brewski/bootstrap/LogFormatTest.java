package com.brewski.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatTest {
    @Test
    void json_selects_json_lines_in_any_case() {
        assertThat(LogFormat.appender("json")).isEqualTo("json");
        assertThat(LogFormat.appender(" JSON ")).isEqualTo("json");
    }

    @Test
    void anything_else_keeps_the_readable_lines() {
        assertThat(LogFormat.appender(null)).isEqualTo("text");
        assertThat(LogFormat.appender("")).isEqualTo("text");
        assertThat(LogFormat.appender("logfmt")).isEqualTo("text");
    }
}
