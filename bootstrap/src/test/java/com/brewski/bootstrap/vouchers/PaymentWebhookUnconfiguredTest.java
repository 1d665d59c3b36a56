package com.brewski.bootstrap.vouchers;

import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Without PAYMENT_WEBHOOK_SECRET the webhook is refused with 503, whatever it carries. */
class PaymentWebhookUnconfiguredTest {
    @Test
    void no_secret_means_503() {
        try (TestServer server = TestServer.start()) {
            String body = VoucherScenario.event("payment.succeeded", "pay_1", 1, 1000);
            var response = VoucherScenario.webhook(server, body, VoucherScenario.SECRET, Instant.now());
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().get("message").asText()).contains("not configured");
        }
    }
}
