package com.brewski.bootstrap.payments;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /orders/:id/payments} and {@code GET /orders/:id/payments} over real HTTP: the ledger,
 * its running balances and sums, the order's paid amounts and flags (in one order, in lists, in
 * {@code state} filters and in the summary counts), every documented error and tenancy.
 */
@ExtendWith(SharedServer.class)
class PaymentRoutesTest {
    static final List<String> PAYMENT_FIELDS = List.of("id", "amountMinor", "kind", "paymentMethod", "paymentReference",
            "paidAt", "createdAt", "runningBalanceMinor");
    static final List<String> SUMMARY_FIELDS = List.of("totalPaymentsMinor", "totalRefundsMinor", "netPaidMinor",
            "runningBalanceMinor", "remainingMinor");
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    /** A brewery, a client and an order for them whose total is {@code totalMinor} (one untaxed custom line). */
    private record Sale(Brewery brewery, String clientId, String orderId) {}

    private Sale sale(String name, long totalMinor, Map<String, Object> orderFields) {
        Brewery brewery = fixture.brewery(name);
        String client = fixture.client(brewery, name + " Bar");
        return saleFor(brewery, client, totalMinor, orderFields);
    }

    private Sale saleFor(Brewery brewery, String client, long totalMinor, Map<String, Object> orderFields) {
        String order = fixture.order(brewery, client, orderFields).get("id").asText();
        if (totalMinor > 0)
            assertThat(fixture.customItem(brewery, order, totalMinor, 1).get("order").get("totalMinor").asLong())
                    .isEqualTo(totalMinor);
        return new Sale(brewery, client, order);
    }

    private JsonNode ledger(Sale sale) {
        return ok(server.get("/orders/" + sale.orderId() + "/payments", sale.brewery().token()), 200);
    }

    private JsonNode fullOrder(Sale sale) {
        return ok(server.get("/orders/" + sale.orderId(), sale.brewery().token()), 200).get("order");
    }

    // --- recording

    @Test
    void a_payment_answers_201_with_the_full_order_and_its_ledger_entry() {
        Sale sale = sale("Lantern Brewery", 222_000, json("status", "confirmed"));

        Response recorded = server.post("/orders/" + sale.orderId() + "/payments", sale.brewery().token(),
                json("amountMinor", 120_000, "kind", "payment", "paymentMethod", "bank_transfer",
                        "paymentReference", "INV-2025-001", "paidAt", "2025-01-28T11:32:00.000Z"));

        JsonNode body = ok(recorded, 201);
        assertThat(fieldNames(body)).containsExactly("order", "payment");
        JsonNode payment = body.get("payment");
        assertThat(fieldNames(payment)).containsExactlyElementsOf(PAYMENT_FIELDS);
        assertThat(payment.get("amountMinor").asLong()).isEqualTo(120_000);
        assertThat(payment.get("kind").asText()).isEqualTo("payment");
        assertThat(payment.get("paymentMethod").asText()).isEqualTo("bank_transfer");
        assertThat(payment.get("paymentReference").asText()).isEqualTo("INV-2025-001");
        assertThat(payment.get("paidAt").asText()).isEqualTo("2025-01-28T11:32:00.000Z");
        assertThat(payment.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(payment.get("runningBalanceMinor").asLong()).isEqualTo(120_000);

        JsonNode order = body.get("order");
        assertThat(order.get("id").asText()).isEqualTo(sale.orderId());
        assertThat(order.get("totalPaidMinor").asLong()).isEqualTo(120_000);
        assertThat(order.get("remainingMinor").asLong()).isEqualTo(102_000);
        assertThat(order.get("payments").get("summary")).isEqualTo(parse("{\"totalPaymentsMinor\":120000,"
                + "\"totalRefundsMinor\":0,\"netPaidMinor\":120000,\"runningBalanceMinor\":120000,\"remainingMinor\":102000}"));
        assertThat(order.get("payments").get("items")).containsExactly(payment);
        assertThat(order.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":false,\"partial\":true,\"refunded\":false}"));
        assertThat(order).as("the same payload as GET /orders/:id").isEqualTo(fullOrder(sale));
    }

    @Test
    void the_ledger_answers_the_contracts_fields_with_the_sums_and_the_deposit_summary() {
        Sale sale = sale("Ledger Brewery", 222_000, json());
        String first = fixture.pay(sale.brewery(), sale.orderId(), json("amountMinor", 120_000, "paymentMethod",
                "bank_transfer", "paymentReference", "INV-2025-001", "paidAt", "2025-01-28T11:32:00.000Z"))
                .get("payment").get("id").asText();
        String second = fixture.pay(sale.brewery(), sale.orderId(), json("amountMinor", 28_000, "paymentMethod", "card",
                "paidAt", "2025-02-03T15:09:00.000Z")).get("payment").get("id").asText();

        JsonNode ledger = ledger(sale);

        assertThat(fieldNames(ledger)).containsExactly("orderId", "teamId", "totalMinor", "currencySymbol", "summary",
                "payments", "deposits");
        assertThat(ledger.get("orderId").asText()).isEqualTo(sale.orderId());
        assertThat(ledger.get("teamId").asText()).isEqualTo(sale.brewery().teamId());
        assertThat(ledger.get("totalMinor").asLong()).isEqualTo(222_000);
        assertThat(ledger.get("currencySymbol").asText()).isEqualTo("£");
        assertThat(fieldNames(ledger.get("summary"))).containsExactlyElementsOf(SUMMARY_FIELDS);
        assertThat(ledger.get("summary")).isEqualTo(parse("{\"totalPaymentsMinor\":148000,\"totalRefundsMinor\":0,"
                + "\"netPaidMinor\":148000,\"runningBalanceMinor\":148000,\"remainingMinor\":74000}"));
        assertThat(ids(ledger.get("payments"))).containsExactly(first, second);
        assertThat(longs(ledger.get("payments"), "runningBalanceMinor")).containsExactly(120_000L, 148_000L);
        JsonNode card = ledger.get("payments").get(1);
        assertThat(fieldNames(card)).containsExactlyElementsOf(PAYMENT_FIELDS);
        assertThat(card.get("paymentReference").isNull()).isTrue();
        assertThat(ledger.get("deposits")).isEqualTo(parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0}"));

        JsonNode order = fullOrder(sale);
        assertThat(order.get("payments").get("items")).isEqualTo(ledger.get("payments"));
        assertThat(order.get("payments").get("summary")).isEqualTo(ledger.get("summary"));
        assertThat(order.get("totalPaidMinor").asLong()).isEqualTo(148_000);
        assertThat(order.get("remainingMinor").asLong()).isEqualTo(74_000);
    }

    @Test
    void kind_defaults_to_payment_and_paid_at_to_the_time_it_was_recorded() {
        Sale sale = sale("Default Brewery", 5_000, json());
        Instant before = Instant.now().minusSeconds(1);

        JsonNode payment = fixture.pay(sale.brewery(), sale.orderId(), json("amountMinor", 1_000, "paymentMethod", "cash"))
                .get("payment");

        Instant after = Instant.now().plusSeconds(1);
        assertThat(payment.get("kind").asText()).isEqualTo("payment");
        assertThat(payment.get("paymentReference").isNull()).isTrue();
        Instant paidAt = Instant.parse(payment.get("paidAt").asText());
        assertThat(paidAt).isBetween(before, after);
        assertThat(payment.get("paidAt")).isEqualTo(payment.get("createdAt"));
    }

    @Test
    void every_payment_method_is_accepted_and_times_with_an_offset_are_answered_in_utc() {
        Sale sale = sale("Methods Brewery", 50_000, json());

        for (String method : List.of("cash", "card", "bank_transfer", "cheque", "other"))
            assertThat(fixture.pay(sale.brewery(), sale.orderId(), json("amountMinor", 100, "paymentMethod", method,
                    "paidAt", "2025-02-03T16:09:00+01:00", "paymentReference", "  REF " + method + "  "))
                    .get("payment").get("paymentMethod").asText()).isEqualTo(method);

        JsonNode payments = ledger(sale).get("payments");
        assertThat(payments).hasSize(5);
        for (JsonNode p : payments) {
            assertThat(p.get("paidAt").asText()).isEqualTo("2025-02-03T15:09:00.000Z");
            assertThat(p.get("paymentReference").asText()).isEqualTo("REF " + p.get("paymentMethod").asText());
        }
    }

    @Test
    void the_ledger_is_chronological_by_paid_at_then_creation_with_a_running_balance_after_each_entry() {
        Sale sale = sale("Chronology Brewery", 10_000, json());
        Brewery b = sale.brewery();

        JsonNode late = fixture.pay(b, sale.orderId(), 3_000, "2025-02-03T15:09:00.000Z").get("payment");
        JsonNode early = fixture.pay(b, sale.orderId(), 2_000, "2025-01-28T11:32:00.000Z").get("payment");
        JsonNode refund = fixture.pay(b, sale.orderId(), json("kind", "refund", "amountMinor", 500,
                "paymentMethod", "bank_transfer", "paidAt", "2025-02-01T00:00:00.000Z")).get("payment");
        JsonNode sameMoment = fixture.pay(b, sale.orderId(), 1_000, "2025-02-03T15:09:00.000Z").get("payment");

        assertThat(late.get("runningBalanceMinor").asLong()).isEqualTo(3_000);
        assertThat(early.get("runningBalanceMinor").asLong()).as("recorded later, paid first").isEqualTo(2_000);
        assertThat(refund.get("runningBalanceMinor").asLong()).isEqualTo(1_500);
        assertThat(refund.get("kind").asText()).isEqualTo("refund");
        assertThat(refund.get("amountMinor").asLong()).as("amounts are always positive").isEqualTo(500);
        assertThat(sameMoment.get("runningBalanceMinor").asLong()).isEqualTo(5_500);

        JsonNode ledger = ledger(sale);
        assertThat(ids(ledger.get("payments"))).containsExactly(early.get("id").asText(), refund.get("id").asText(),
                late.get("id").asText(), sameMoment.get("id").asText());
        assertThat(longs(ledger.get("payments"), "runningBalanceMinor")).containsExactly(2_000L, 1_500L, 4_500L, 5_500L);
        assertThat(ledger.get("summary")).isEqualTo(parse("{\"totalPaymentsMinor\":6000,\"totalRefundsMinor\":500,"
                + "\"netPaidMinor\":5500,\"runningBalanceMinor\":5500,\"remainingMinor\":4500}"));
    }

    // --- flags

    @Test
    void overpayment_leaves_a_negative_remainder_and_the_order_paid() {
        Sale sale = sale("Overpaid Brewery", 10_000, json("status", "confirmed", "dueDate", "2025-01-10", "issueDate", "2025-01-01"));

        JsonNode partial = fixture.pay(sale.brewery(), sale.orderId(), 4_000, "2025-01-05T10:00:00.000Z").get("order");
        assertThat(partial.get("flags")).isEqualTo(parse("{\"due\":true,\"paid\":false,\"partial\":true,\"refunded\":false}"));
        JsonNode settled = fixture.pay(sale.brewery(), sale.orderId(), 6_000, "2025-01-06T10:00:00.000Z").get("order");
        assertThat(settled.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":true,\"partial\":false,\"refunded\":false}"));
        assertThat(settled.get("remainingMinor").asLong()).isZero();
        JsonNode over = fixture.pay(sale.brewery(), sale.orderId(), 500, "2025-01-07T10:00:00.000Z").get("order");

        assertThat(over.get("totalPaidMinor").asLong()).isEqualTo(10_500);
        assertThat(over.get("remainingMinor").asLong()).isEqualTo(-500);
        assertThat(over.get("payments").get("summary").get("remainingMinor").asLong()).isEqualTo(-500);
        assertThat(over.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":true,\"partial\":false,\"refunded\":false}"));
    }

    @Test
    void refunds_may_exceed_what_was_paid_and_set_the_refunded_flag() {
        Sale sale = sale("Refund Brewery", 10_000, json());
        fixture.pay(sale.brewery(), sale.orderId(), 1_000, "2025-01-05T10:00:00.000Z");

        JsonNode body = fixture.pay(sale.brewery(), sale.orderId(), json("kind", "refund", "amountMinor", 3_000,
                "paymentMethod", "card", "paidAt", "2025-01-06T10:00:00.000Z"));

        assertThat(body.get("payment").get("runningBalanceMinor").asLong()).isEqualTo(-2_000);
        JsonNode order = body.get("order");
        assertThat(order.get("totalPaidMinor").asLong()).isEqualTo(-2_000);
        assertThat(order.get("remainingMinor").asLong()).isEqualTo(12_000);
        assertThat(order.get("payments").get("summary")).isEqualTo(parse("{\"totalPaymentsMinor\":1000,"
                + "\"totalRefundsMinor\":3000,\"netPaidMinor\":-2000,\"runningBalanceMinor\":-2000,\"remainingMinor\":12000}"));
        assertThat(order.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":false,\"partial\":false,\"refunded\":true}"));

        Sale untouched = sale("Refund Only Brewery", 0, json());
        JsonNode refundOnly = fixture.pay(untouched.brewery(), untouched.orderId(), json("kind", "refund",
                "amountMinor", 700, "paymentMethod", "cash")).get("order");
        assertThat(refundOnly.get("remainingMinor").asLong()).isEqualTo(700);
        assertThat(refundOnly.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":false,\"partial\":false,\"refunded\":true}"));
    }

    /** Five orders of one team whose flags cover each case; the lists must agree with the single orders. */
    private record Book(Brewery brewery, String duePartial, String overpaid, String refunded, String dueRefundedBack,
                        String cancelledPaid) {}

    private Book book(String name) {
        Brewery brewery = fixture.brewery(name);
        String client = fixture.client(brewery, name + " Bar");
        String past = "2025-01-10";
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        String duePartial = saleFor(brewery, client, 10_000, json("status", "confirmed", "issueDate", "2025-01-01", "dueDate", past)).orderId();
        fixture.pay(brewery, duePartial, 4_000, "2025-01-05T10:00:00.000Z");
        String overpaid = saleFor(brewery, client, 10_000, json("status", "confirmed", "issueDate", "2025-01-02", "dueDate", future)).orderId();
        fixture.pay(brewery, overpaid, 10_500, "2025-01-05T10:00:00.000Z");
        String refunded = saleFor(brewery, client, 10_000, json("status", "draft", "issueDate", "2025-01-03")).orderId();
        fixture.pay(brewery, refunded, 1_000, "2025-01-05T10:00:00.000Z");
        fixture.pay(brewery, refunded, json("kind", "refund", "amountMinor", 3_000, "paymentMethod", "card"));
        String dueRefundedBack = saleFor(brewery, client, 5_000, json("status", "confirmed", "issueDate", "2025-01-04", "dueDate", past)).orderId();
        fixture.pay(brewery, dueRefundedBack, 5_000, "2025-01-05T10:00:00.000Z");
        fixture.pay(brewery, dueRefundedBack, json("kind", "refund", "amountMinor", 5_000, "paymentMethod", "card"));
        String cancelledPaid = saleFor(brewery, client, 5_000, json("status", "confirmed", "issueDate", "2025-01-05", "dueDate", past)).orderId();
        fixture.pay(brewery, cancelledPaid, 5_000, "2025-01-05T10:00:00.000Z");
        ok(server.patch("/orders/" + cancelledPaid, brewery.token(), json("status", "cancelled")), 200);
        return new Book(brewery, duePartial, overpaid, refunded, dueRefundedBack, cancelledPaid);
    }

    @Test
    void flags_in_lists_state_filters_and_summary_counts_agree_with_the_single_orders() {
        Book book = book("Flags Brewery");
        Brewery b = book.brewery();
        Map<String, String> expected = Map.of(
                book.duePartial(), "{\"due\":true,\"paid\":false,\"partial\":true,\"refunded\":false}",
                book.overpaid(), "{\"due\":false,\"paid\":true,\"partial\":false,\"refunded\":false}",
                book.refunded(), "{\"due\":false,\"paid\":false,\"partial\":false,\"refunded\":true}",
                book.dueRefundedBack(), "{\"due\":true,\"paid\":false,\"partial\":false,\"refunded\":false}",
                book.cancelledPaid(), "{\"due\":false,\"paid\":true,\"partial\":false,\"refunded\":false}");

        JsonNode page = ok(server.get("/orders?teamId=" + b.teamId(), b.token()), 200);

        assertThat(page.get("total").asInt()).isEqualTo(5);
        for (JsonNode row : page.get("results")) {
            String id = row.get("id").asText();
            JsonNode full = ok(server.get("/orders/" + id, b.token()), 200).get("order");
            assertThat(row.get("flags")).as("list flags of %s", id).isEqualTo(parse(expected.get(id)));
            assertThat(full.get("flags")).as("order flags of %s", id).isEqualTo(parse(expected.get(id)));
            assertThat(row.get("totalPaidMinor")).isEqualTo(full.get("totalPaidMinor"));
            assertThat(row.get("remainingMinor")).isEqualTo(full.get("remainingMinor"));
            JsonNode summary = full.get("payments").get("summary");
            assertThat(row.get("payments")).isEqualTo(parse("{\"summary\":{\"totalPaymentsMinor\":"
                    + summary.get("totalPaymentsMinor") + ",\"totalRefundsMinor\":" + summary.get("totalRefundsMinor")
                    + ",\"netPaidMinor\":" + summary.get("netPaidMinor") + ",\"remainingMinor\":" + summary.get("remainingMinor") + "}}"));
        }
        JsonNode refundedRow = rowOf(page, book.refunded());
        assertThat(refundedRow.get("totalPaidMinor").asLong()).isEqualTo(-2_000);
        assertThat(refundedRow.get("remainingMinor").asLong()).isEqualTo(12_000);
        assertThat(rowOf(page, book.overpaid()).get("remainingMinor").asLong()).isEqualTo(-500);

        assertThat(listIds(b, "&state=due")).containsExactlyInAnyOrder(book.duePartial(), book.dueRefundedBack());
        assertThat(listIds(b, "&state=paid")).containsExactlyInAnyOrder(book.overpaid(), book.cancelledPaid());
        assertThat(listIds(b, "&state=cancelled")).containsExactly(book.cancelledPaid());
        assertThat(ok(server.get("/orders/summary?teamId=" + b.teamId(), b.token()), 200).get("summary"))
                .isEqualTo(parse("{\"all\":5,\"due\":2,\"draft\":1,\"confirmed\":3,\"cancelled\":1,\"paid\":2}"));
    }

    // --- errors

    @Test
    void a_cancelled_order_refuses_payments_and_refunds_with_400() {
        Sale sale = sale("Cancelled Brewery", 5_000, json());
        ok(server.patch("/orders/" + sale.orderId(), sale.brewery().token(), json("status", "cancelled")), 200);

        refused(server.post("/orders/" + sale.orderId() + "/payments", sale.brewery().token(),
                json("amountMinor", 1_000, "paymentMethod", "card")), 400, "Cannot record a payment against a cancelled order");
        refused(server.post("/orders/" + sale.orderId() + "/payments", sale.brewery().token(),
                json("kind", "refund", "amountMinor", 1_000, "paymentMethod", "card")), 400,
                "Cannot record a payment against a cancelled order");

        assertThat(ledger(sale).get("payments")).isEmpty();
    }

    @Test
    void bad_fields_are_refused_with_400_naming_the_field_and_nothing_is_recorded() {
        Sale sale = sale("Strict Brewery", 5_000, json());
        String path = "/orders/" + sale.orderId() + "/payments";
        String token = sale.brewery().token();

        refused(server.post(path, token, json("amountMinor", 0, "paymentMethod", "card")), 400, "amountMinor must be greater than 0");
        refused(server.post(path, token, json("amountMinor", -100, "paymentMethod", "card")), 400, "amountMinor must be greater than 0");
        refused(server.post(path, token, json("paymentMethod", "card")), 400, "amountMinor is required");
        refusedNaming(server.post(path, token, json("amountMinor", 12.5, "paymentMethod", "card")), "amountMinor");
        refusedNaming(server.post(path, token, json("amountMinor", "100", "paymentMethod", "card")), "amountMinor");
        refusedNaming(server.post(path, token, json("amountMinor", 10_000_000_000_000L, "paymentMethod", "card")), "amountMinor");
        refused(server.post(path, token, json("amountMinor", 100, "paymentMethod", "bitcoin")), 400,
                "paymentMethod must be one of cash, card, bank_transfer, cheque, other");
        refusedNaming(server.post(path, token, json("amountMinor", 100)), "paymentMethod");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "CARD")), "paymentMethod");
        refused(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "kind", "chargeback")), 400,
                "kind must be one of payment, refund");
        refused(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paidAt", "2025-02-30")), 400,
                "paidAt must be an ISO-8601 timestamp with a time zone");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paidAt", "yesterday")), "paidAt");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paidAt", "2025-02-03T15:09:00")), "paidAt");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paidAt", "+300000-01-01T00:00:00Z")), "paidAt");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paidAt", "-4714-01-01T00:00:00Z")), "paidAt");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paymentReference", "x".repeat(201))),
                "paymentReference");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "paymentReference", "AUTH\u00009821")),
                "paymentReference");
        refusedNaming(server.post(path, token, json("amountMinor", 100, "paymentMethod", "card", "depositCreditMinor", -1)),
                "depositCreditMinor");
        refused(server.post(path, token, "{\"amountMinor\": 100,"), 400, "invalid JSON body");
        refused(server.post(path, token, "[1, 2]"), 400, "the JSON body must be an object");

        assertThat(ledger(sale).get("payments")).isEmpty();
        assertThat(fullOrder(sale).get("totalPaidMinor").asLong()).isZero();
    }

    @Test
    void unknown_orders_are_404_and_callers_need_a_token() {
        Brewery brewery = fixture.brewery("Lost Brewery");
        Sale sale = sale("Token Brewery", 1_000, json());
        Map<String, Object> payment = json("amountMinor", 100, "paymentMethod", "card");

        refused(server.post("/orders/" + MISSING + "/payments", brewery.token(), payment), 404, "Order not found");
        refused(server.get("/orders/" + MISSING + "/payments", brewery.token()), 404, "Order not found");
        refused(server.post("/orders/not-an-id/payments", brewery.token(), payment), 404, "Order not found");
        refused(server.get("/orders/not-an-id/payments", brewery.token()), 404, "Order not found");
        refused(server.post("/orders/" + sale.orderId() + "/payments", null, payment), 401, "unauthorized");
        refused(server.get("/orders/" + sale.orderId() + "/payments", null), 401, "unauthorized");
        refused(server.get("/orders/" + sale.orderId() + "/payments", "not-a-token"), 401, "unauthorized");
        assertThat(ledger(sale).get("payments")).isEmpty();
    }

    @Test
    void another_team_gets_403_on_the_ledger_and_never_sees_or_changes_it() {
        Sale sale = sale("Private Ledger Brewery", 10_000, json());
        fixture.pay(sale.brewery(), sale.orderId(), 2_500, "2025-01-05T10:00:00.000Z");
        Brewery other = fixture.brewery("Prying Brewery");
        String otherClient = fixture.client(other, "Prying Bar");
        fixture.order(other, otherClient);

        refused(server.get("/orders/" + sale.orderId() + "/payments", other.token()), 403, "forbidden");
        refused(server.post("/orders/" + sale.orderId() + "/payments", other.token(),
                json("amountMinor", 100, "paymentMethod", "card")), 403, "forbidden");
        refused(server.post("/orders/" + sale.orderId() + "/payments", other.token(),
                json("kind", "refund", "amountMinor", 2_500, "paymentMethod", "card")), 403, "forbidden");

        assertThat(ledger(sale).get("summary").get("netPaidMinor").asLong()).isEqualTo(2_500);
        assertThat(ledger(sale).get("payments")).hasSize(1);
        JsonNode theirs = ok(server.get("/orders?teamId=" + other.teamId(), other.token()), 200);
        assertThat(theirs.get("total").asInt()).isEqualTo(1);
        assertThat(theirs.get("results").get(0).get("totalPaidMinor").asLong()).isZero();
        refused(server.get("/orders?teamId=" + sale.brewery().teamId() + "&state=paid", other.token()), 403, "forbidden");
        refused(server.get("/orders/summary?teamId=" + sale.brewery().teamId(), other.token()), 403, "forbidden");
    }

    @Test
    void a_member_of_the_team_who_is_not_the_owner_may_record_and_read_payments() {
        Sale sale = sale("Crew Brewery", 3_000, json());
        String member = fixture.memberOf(sale.brewery(), "member");

        JsonNode body = ok(server.post("/orders/" + sale.orderId() + "/payments", member,
                json("amountMinor", 3_000, "paymentMethod", "cash")), 201);

        assertThat(body.get("order").get("flags").get("paid").asBoolean()).isTrue();
        assertThat(ok(server.get("/orders/" + sale.orderId() + "/payments", member), 200).get("payments")).hasSize(1);
    }

    // --- helpers

    private List<String> listIds(Brewery brewery, String query) {
        return ids(ok(server.get("/orders?teamId=" + brewery.teamId() + query, brewery.token()), 200).get("results"));
    }

    private static JsonNode rowOf(JsonNode page, String id) {
        for (JsonNode row : page.get("results")) if (row.get("id").asText().equals(id)) return row;
        throw new AssertionError("no row " + id);
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    static List<Long> longs(JsonNode array, String field) {
        List<Long> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asLong()));
        return values;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
