package com.brewski.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    @Test
    void nothing_set_means_the_embedded_defaults() {
        Config config = Config.from(Map.of());
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.database()).isEmpty();
        assertThat(config.storage()).isInstanceOf(Config.Filesystem.class);
        assertThat(config.smtp()).isEmpty();
        assertThat(config.dataDir().toString()).endsWith("data");
        assertThat(config.publicBaseUrl()).isEqualTo("http://localhost:7070");
    }

    @Test
    void postgres_urls_become_jdbc_urls_with_credentials() {
        Config config = Config.from(Map.of("DATABASE_URL", "postgres://brew:s%40cret@db.example:5433/brewski?sslmode=require"));
        Config.Database db = config.database().orElseThrow();
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/brewski?sslmode=require");
        assertThat(db.user()).isEqualTo("brew");
        assertThat(db.password()).isEqualTo("s@cret");
        assertThat(db.toString()).doesNotContain("s@cret");
    }

    @Test
    void storage_is_s3_when_an_endpoint_is_set_and_none_when_asked() {
        Config s3 = Config.from(Map.of("S3_ENDPOINT", "http://127.0.0.1:9000", "S3_BUCKET", "b", "S3_ACCESS_KEY", "k", "S3_SECRET_KEY", "s"));
        assertThat(s3.storage()).isInstanceOf(Config.S3.class);
        assertThat(s3.storage().toString()).doesNotContain("s]").doesNotContain("secret");
        assertThat(Config.from(Map.of("STORAGE", "none")).storage()).isInstanceOf(Config.NoStorage.class);
        assertThatThrownBy(() -> Config.from(Map.of("S3_ENDPOINT", "http://x"))).hasMessageContaining("S3_BUCKET");
    }

    @Test
    void smtp_and_admin_and_numbers_are_read() {
        Config config = Config.from(Map.of("SMTP_HOST", "smtp.example", "SMTP_PORT", "2525", "BREWSKI_ADMIN_EMAIL", "a@b.example",
                "BREWSKI_ADMIN_PASSWORD", "pw pw pw pw", "PORT", "8080"));
        assertThat(config.smtp().orElseThrow().port()).isEqualTo(2525);
        assertThat(config.smtp().orElseThrow().startTls()).isFalse();
        assertThat(config.admin().orElseThrow().toString()).doesNotContain("pw pw");
        assertThat(config.port()).isEqualTo(8080);
        assertThatThrownBy(() -> Config.from(Map.of("PORT", "eighty"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> Config.from(Map.of("BREWSKI_ADMIN_EMAIL", "a@b.example"))).hasMessageContaining("BREWSKI_ADMIN_PASSWORD");
    }

    @Test
    void the_voucher_partner_and_webhook_are_off_until_configured() {
        Config.Vouchers vouchers = Config.from(java.util.Map.of()).vouchers();
        org.assertj.core.api.Assertions.assertThat(vouchers.zenditBaseUrl()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(vouchers.webhookSecret()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(vouchers.zenditTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));

        Config.Vouchers set = Config.from(java.util.Map.of("ZENDIT_BASE_URL", "http://127.0.0.1:9/", "ZENDIT_API_KEY", "k",
                "ZENDIT_TIMEOUT_MS", "250", "PAYMENT_WEBHOOK_SECRET", "whsec")).vouchers();
        org.assertj.core.api.Assertions.assertThat(set.zenditBaseUrl()).contains("http://127.0.0.1:9/");
        org.assertj.core.api.Assertions.assertThat(set.zenditTimeout()).isEqualTo(java.time.Duration.ofMillis(250));
        org.assertj.core.api.Assertions.assertThat(set.webhookSecret()).contains("whsec");
        org.assertj.core.api.Assertions.assertThat(set.toString()).doesNotContain("whsec");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Config.from(java.util.Map.of("ZENDIT_TIMEOUT_MS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZENDIT_TIMEOUT_MS");
    }
}
