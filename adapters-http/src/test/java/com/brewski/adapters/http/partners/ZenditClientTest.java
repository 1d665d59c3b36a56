package com.brewski.adapters.http.partners;

import com.brewski.adapters.http.partners.ZenditStub.Behaviour;
import com.brewski.application.fulfillment.VoucherPartner.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner client against a stub over real HTTP: every answer it cannot trust is a reply, never an exception. */
class ZenditClientTest {
    private static ZenditStub stub;
    private static ZenditClient client;
    /** Gives up before the stub's slow answer (2 s); the other client waits long enough for a loaded machine. */
    private static ZenditClient impatient;
    private static final UUID FA = UUID.randomUUID();

    @BeforeAll
    static void start() {
        stub = ZenditStub.start().hang(Duration.ofSeconds(2));
        for (Behaviour b : Behaviour.values()) stub.offer(b.name(), b);
        client = new ZenditClient(stub.baseUrl() + "/", ZenditStub.API_KEY, Duration.ofSeconds(10));
        impatient = new ZenditClient(stub.baseUrl(), ZenditStub.API_KEY, Duration.ofMillis(500));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void a_purchase_is_accepted_then_its_status_carries_the_receipt() {
        UUID tx = UUID.randomUUID();
        assertThat(client.purchase(FA, tx, "DONE", "c@example.com")).isEqualTo(new Reply.Pending("ACCEPTED"));
        assertThat(stub.lastAuthorization()).isEqualTo("Bearer " + ZenditStub.API_KEY);
        Reply status = client.status(FA, tx);
        assertThat(status).isInstanceOfSatisfying(Reply.Done.class, d -> {
            assertThat(d.voucher().code()).startsWith("ZEN-");
            assertThat(d.voucher().pin()).isEqualTo("1234");
            assertThat(d.voucher().redemptionUrl()).isEqualTo("https://partner.example/redeem");
            assertThat(d.voucher().expiresAt()).isNotNull();
        });
    }

    @Test
    void the_same_transaction_id_twice_is_already_exists_and_an_unknown_one_is_not_found() {
        UUID tx = UUID.randomUUID();
        client.purchase(FA, tx, "DONE", "c@example.com");
        assertThat(client.purchase(FA, tx, "DONE", "c@example.com")).isInstanceOf(Reply.AlreadyExists.class);
        assertThat(client.status(FA, UUID.randomUUID())).isInstanceOf(Reply.NotFound.class);
    }

    @Test
    void a_failed_purchase_carries_the_partner_error() {
        assertThat(client.purchase(FA, UUID.randomUUID(), "NO_STOCK", "c@example.com"))
                .isEqualTo(new Reply.Failed("NO_STOCK", "No stock for this offer"));
    }

    @Test
    void a_timeout_and_a_5xx_are_unknown() {
        assertThat(impatient.purchase(FA, UUID.randomUUID(), "SLOW_PURCHASE", "c@example.com")).isInstanceOf(Reply.Unknown.class);
        assertThat(client.purchase(FA, UUID.randomUUID(), "SERVER_ERROR", "c@example.com")).isInstanceOf(Reply.Unknown.class);
    }

    @Test
    void untrusted_answers_are_failures_with_their_reason() {
        assertThat(client.purchase(FA, UUID.randomUUID(), "INVALID_JSON", "c@example.com"))
                .isInstanceOfSatisfying(Reply.Failed.class, f -> assertThat(f.raw()).isEqualTo("INVALID_JSON"));
        assertThat(client.purchase(FA, UUID.randomUUID(), "HUGE_BODY", "c@example.com"))
                .isInstanceOfSatisfying(Reply.Failed.class, f -> assertThat(f.reason()).contains("2 MB"));
        UUID missing = UUID.randomUUID();
        client.purchase(FA, missing, "MISSING_CODE", "c@example.com");
        assertThat(client.status(FA, missing)).isInstanceOfSatisfying(Reply.Failed.class,
                f -> assertThat(f.reason()).contains("without a voucher code"));
        UUID weird = UUID.randomUUID();
        client.purchase(FA, weird, "UNKNOWN_STATUS", "c@example.com");
        assertThat(client.status(FA, weird)).isInstanceOfSatisfying(Reply.Failed.class,
                f -> assertThat(f.raw()).isEqualTo("EXPLODED"));
    }

    @Test
    void a_partner_that_cannot_be_reached_is_unknown_and_no_base_url_is_not_configured() {
        ZenditClient nowhere = new ZenditClient("http://127.0.0.1:9", "k", Duration.ofMillis(300));
        assertThat(nowhere.purchase(FA, UUID.randomUUID(), "DONE", "c@example.com")).isInstanceOf(Reply.Unknown.class);
        ZenditClient none = new ZenditClient(null, null, null);
        assertThat(none.configured()).isFalse();
        assertThat(none.purchase(FA, UUID.randomUUID(), "DONE", "c@example.com"))
                .isEqualTo(new Reply.Failed("NOT_CONFIGURED", "partner not configured"));
    }
}
