package com.brewski.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatTest {
    @Test
    void json_selects_the_json_configuration_in_any_case() {
        assertThat(LogFormat.configuration("json")).hasValue("logback-json.xml");
        assertThat(LogFormat.configuration(" JSON ")).hasValue("logback-json.xml");
        assertThat(LogFormat.class.getClassLoader().getResource("logback-json.xml")).isNotNull();
    }

    @Test
    void anything_else_keeps_logbacks_default_readable_lines() {
        assertThat(LogFormat.configuration(null)).isEmpty();
        assertThat(LogFormat.configuration("")).isEmpty();
        assertThat(LogFormat.configuration("logfmt")).isEmpty();
    }
}
