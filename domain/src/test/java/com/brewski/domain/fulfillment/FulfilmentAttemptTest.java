package com.brewski.domain.fulfillment;

import com.brewski.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FulfilmentAttemptTest {
    @Test
    void the_code_summary_shows_the_first_code_and_how_many_more() {
        assertThat(FulfilmentAttempt.codeSummary(List.of("ABCD-1234"))).isEqualTo("ABCD-1234");
        assertThat(FulfilmentAttempt.codeSummary(List.of("ABCD-1234", "EFGH", "IJKL"))).isEqualTo("ABCD-1234 (+2 more)");
        assertThat(FulfilmentAttempt.codeSummary(List.of())).isNull();
    }

    @Test
    void an_auto_attempt_has_no_admin_user() {
        assertThatThrownBy(() -> new FulfilmentAttempt(null, new VoucherOrderId(1), null, AttemptType.AUTO, AttemptStatus.SUCCESS,
                UUID.randomUUID(), null, null, null, new UserId(UUID.randomUUID()), null, null, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_log_tag_carries_the_correlation_id() {
        UUID id = UUID.fromString("a1b2c3d4-0000-0000-0000-000000000000");
        assertThat(FulfilmentAttempt.logTag(id)).isEqualTo("fa:a1b2c3d4-0000-0000-0000-000000000000");
    }

    @Test
    void an_alert_resolves_once_with_its_notes_and_a_payment_mismatch_is_not_resolved_by_recovery() {
        Instant now = Instant.parse("2026-04-27T14:00:00Z");
        AdminAlert alert = AdminAlert.raise(new VoucherOrderId(1), AlertKind.FULFILLMENT_FAILED, "no item delivered", now);
        assertThat(alert.resolvedByRecovery()).isTrue();
        alert.resolve("recovered by attempt fa:x", now);
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        alert.resolve("again", now.plusSeconds(1));
        assertThat(alert.resolutionNotes()).isEqualTo("recovered by attempt fa:x");
        assertThat(alert.resolvedByRecovery()).isFalse();
        assertThat(AdminAlert.raise(new VoucherOrderId(1), AlertKind.PAYMENT_MISMATCH, "m", now).resolvedByRecovery()).isFalse();
    }

    @Test
    void a_voucher_code_never_prints_itself() {
        assertThat(new VoucherCode("SECRET-1", "9", null, null).toString()).doesNotContain("SECRET");
    }
}
