package com.brewski.bootstrap.payments;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.payments.PaymentRoutesTest.longs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments and deposit credit recorded at the same moment against PostgreSQL: no payment is lost,
 * running balances stay right, and a client's deposit credit is never spent twice, whether the
 * racing requests share one order or one client.
 */
@ExtendWith(SharedServer.class)
class PaymentConcurrencyTest {
    private static final int PARALLEL = 8;

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    private String orderOf(Brewery brewery, String client, long totalMinor) {
        String order = fixture.order(brewery, client).get("id").asText();
        fixture.customItem(brewery, order, totalMinor, 1);
        return order;
    }

    @Test
    void payments_recorded_at_the_same_moment_on_one_order_all_land_with_running_balances_in_step() {
        Brewery brewery = fixture.brewery("Busy Till Brewery");
        String order = orderOf(brewery, fixture.client(brewery, "Busy Bar"), 100_000);

        List<Response> responses = Race.of(PARALLEL, i -> server.post("/orders/" + order + "/payments", brewery.token(),
                json("amountMinor", 1_000 * (i + 1), "paymentMethod", "card", "paidAt", "2025-02-03T15:09:00.000Z")));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
        long expectedTotal = 1_000L * PARALLEL * (PARALLEL + 1) / 2;
        JsonNode ledger = ok(server.get("/orders/" + order + "/payments", brewery.token()), 200);
        JsonNode payments = ledger.get("payments");
        assertThat(payments).hasSize(PARALLEL);
        long running = 0;
        for (JsonNode p : payments) {
            running += p.get("amountMinor").asLong();
            assertThat(p.get("runningBalanceMinor").asLong()).isEqualTo(running);
        }
        assertThat(ledger.get("summary").get("netPaidMinor").asLong()).isEqualTo(expectedTotal);
        assertThat(ledger.get("summary").get("remainingMinor").asLong()).isEqualTo(100_000 - expectedTotal);
        assertThat(new HashSet<>(longs(payments, "amountMinor"))).hasSize(PARALLEL);
        JsonNode full = ok(server.get("/orders/" + order, brewery.token()), 200).get("order");
        assertThat(full.get("totalPaidMinor").asLong()).isEqualTo(expectedTotal);
        JsonNode row = ok(server.get("/orders?teamId=" + brewery.teamId(), brewery.token()), 200).get("results").get(0);
        assertThat(row.get("totalPaidMinor").asLong()).isEqualTo(expectedTotal);
    }

    @Test
    void payments_and_refunds_racing_on_one_order_sum_exactly() {
        Brewery brewery = fixture.brewery("Mixed Till Brewery");
        String order = orderOf(brewery, fixture.client(brewery, "Mixed Bar"), 10_000);

        List<Response> responses = Race.of(PARALLEL, i -> server.post("/orders/" + order + "/payments", brewery.token(),
                json("kind", i % 2 == 0 ? "payment" : "refund", "amountMinor", 700, "paymentMethod", "cash")));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
        JsonNode summary = ok(server.get("/orders/" + order + "/payments", brewery.token()), 200).get("summary");
        assertThat(summary.get("totalPaymentsMinor").asLong()).isEqualTo(700L * PARALLEL / 2);
        assertThat(summary.get("totalRefundsMinor").asLong()).isEqualTo(700L * PARALLEL / 2);
        assertThat(summary.get("netPaidMinor").asLong()).isZero();
    }

    @Test
    void parallel_payments_on_one_order_spending_the_whole_credit_let_exactly_one_through() {
        Brewery brewery = fixture.brewery("One Order Credit Brewery");
        String client = fixture.client(brewery, "Credit Bar");
        String keg = fixture.container(brewery, 0);
        fixture.depositCredit(brewery, client, keg, 2_500);
        String order = orderOf(brewery, client, 50_000);

        List<Response> responses = Race.of(5, i -> server.post("/orders/" + order + "/payments", brewery.token(),
                json("amountMinor", 1_000, "paymentMethod", "card", "depositCreditMinor", 2_500)));

        assertCreditSpentOnce(responses, brewery, client);
        assertThat(ok(server.get("/orders/" + order + "/payments", brewery.token()), 200).get("payments"))
                .as("the refused payments are not kept").hasSize(1);
        JsonNode deposits = ok(server.get("/orders/" + order, brewery.token()), 200).get("order").get("deposits");
        assertThat(deposits.get("transactions")).hasSize(1);
        assertThat(deposits.get("balanceMinor").asLong()).isZero();
    }

    @Test
    void parallel_payments_on_different_orders_of_one_client_never_spend_its_credit_twice() {
        Brewery brewery = fixture.brewery("Many Orders Credit Brewery");
        String client = fixture.client(brewery, "Thirsty Bar");
        String keg = fixture.container(brewery, 0);
        fixture.depositCredit(brewery, client, keg, 2_500);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) orders.add(orderOf(brewery, client, 10_000));

        List<Response> responses = Race.of(5, i -> server.post("/orders/" + orders.get(i) + "/payments", brewery.token(),
                json("amountMinor", 1_000, "paymentMethod", "card", "depositCreditMinor", 2_500)));

        assertCreditSpentOnce(responses, brewery, client);
        long payments = 0;
        for (String order : orders)
            payments += ok(server.get("/orders/" + order + "/payments", brewery.token()), 200).get("payments").size();
        assertThat(payments).isEqualTo(1);
    }

    @Test
    void partial_credit_spent_in_parallel_never_goes_past_the_clients_credit() {
        Brewery brewery = fixture.brewery("Partial Credit Brewery");
        String client = fixture.client(brewery, "Partial Bar");
        String keg = fixture.container(brewery, 0);
        fixture.depositCredit(brewery, client, keg, 2_500);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) orders.add(orderOf(brewery, client, 10_000));

        List<Response> responses = Race.of(PARALLEL, i -> server.post("/orders/" + orders.get(i) + "/payments", brewery.token(),
                json("amountMinor", 100, "paymentMethod", "cash", "depositCreditMinor", 1_000)));

        assertThat(Race.count(responses, 201)).as("%s", responses).isEqualTo(2);
        assertThat(Race.count(responses, 400)).as("%s", responses).isEqualTo(PARALLEL - 2);
        JsonNode summary = clientDeposits(brewery, client);
        assertThat(summary.get("balanceMinor").asLong()).isEqualTo(-500);
        assertThat(summary.get("creditMinor").asLong()).isEqualTo(500);
    }

    @Test
    void returns_and_credit_applications_racing_on_one_client_keep_the_ledger_exact() {
        Brewery brewery = fixture.brewery("Busy Yard Brewery");
        String client = fixture.client(brewery, "Yard Bar");
        String keg = fixture.container(brewery, 0);
        fixture.depositCredit(brewery, client, keg, 1_000);
        String order = orderOf(brewery, client, 100_000);

        List<Response> responses = Race.of(PARALLEL, i -> i % 2 == 0
                ? server.post("/returns", brewery.token(), json("teamId", brewery.teamId(), "clientId", client,
                        "containerId", keg, "quantity", 1, "creditedMinor", 1_000))
                : server.post("/orders/" + order + "/payments", brewery.token(),
                        json("amountMinor", 100, "paymentMethod", "cash", "depositCreditMinor", 1_000)));

        long applied = 0;
        for (int i = 0; i < PARALLEL; i++) {
            Response r = responses.get(i);
            if (i % 2 == 0) {
                assertThat(r.status()).as("a return always lands: %s", r).isEqualTo(201);
            } else {
                assertThat(r.status()).as("%s", r).isIn(201, 400);
                if (r.status() == 201) applied++;
                else assertThat(r.json().get("message").asText()).startsWith("depositCreditMinor");
            }
        }
        assertThat(applied).as("the first credit application always finds the initial credit").isGreaterThanOrEqualTo(1);
        long balance = -1_000 - 1_000L * (PARALLEL / 2) + 1_000 * applied;
        assertThat(clientDeposits(brewery, client).get("balanceMinor").asLong()).isEqualTo(balance).isLessThanOrEqualTo(0);
        JsonNode rows = ok(server.get("/orders/" + order, brewery.token()), 200).get("order").get("deposits").get("transactions");
        assertThat(rows).hasSize((int) applied);
    }

    @Test
    void returns_against_an_order_racing_credit_payments_on_it_all_complete() {
        Brewery brewery = fixture.brewery("Crowded Counter Brewery");
        fixture.deposit(brewery, "keg", 1_000);
        String client = fixture.client(brewery, "Counter Bar");
        String keg = fixture.container(brewery, 0);
        String beer = fixture.beer(brewery, "Counter Pils", "managed");
        fixture.depositCredit(brewery, client, keg, 1_000);
        long returned = 0;
        long applied = 0;
        for (int round = 0; round < 5; round++) {
            String order = orderOf(brewery, client, 100_000);
            fixture.standardItem(brewery, order, beer, keg, 1, 5_000);

            List<Response> responses = Race.of(PARALLEL, i -> i % 2 == 0
                    ? server.post("/returns", brewery.token(), json("teamId", brewery.teamId(), "orderId", order,
                            "containerId", keg, "quantity", 1))
                    : server.post("/orders/" + order + "/payments", brewery.token(),
                            json("amountMinor", 100, "paymentMethod", "cash", "depositCreditMinor", 1_000)));

            for (int i = 0; i < PARALLEL; i++) {
                Response r = responses.get(i);
                if (i % 2 == 0) {
                    assertThat(r.status()).as("a return always lands: %s", r).isEqualTo(201);
                    returned++;
                } else {
                    assertThat(r.status()).as("%s", r).isIn(201, 400);
                    if (r.status() == 201) applied++;
                }
            }
        }
        long charged = 5 * 1_000;
        assertThat(clientDeposits(brewery, client).get("balanceMinor").asLong())
                .isEqualTo(-1_000 + charged - 1_000 * returned + 1_000 * applied);
    }

    @Test
    void returns_against_an_order_racing_new_keg_lines_on_it_all_complete() {
        Brewery brewery = fixture.brewery("Crowded Cellar Brewery");
        fixture.deposit(brewery, "keg", 1_000);
        String client = fixture.client(brewery, "Cellar Bar");
        String keg = fixture.container(brewery, 0);
        String beer = fixture.beer(brewery, "Cellar Pils", "managed");
        for (int round = 0; round < 5; round++) {
            String order = orderOf(brewery, client, 100_000);

            List<Response> responses = Race.of(PARALLEL, i -> i % 2 == 0
                    ? server.post("/returns", brewery.token(), json("teamId", brewery.teamId(), "orderId", order,
                            "containerId", keg, "quantity", 1))
                    : server.post("/orders/" + order + "/items", brewery.token(), json("beerId", beer, "containerId", keg,
                            "quantity", 2, "unitPriceMinor", 5_000)));

            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
        }
        long lines = 5L * PARALLEL / 2;
        assertThat(clientDeposits(brewery, client).get("balanceMinor").asLong())
                .isEqualTo(lines * 2 * 1_000 - lines * 1_000);
    }

    private void assertCreditSpentOnce(List<Response> responses, Brewery brewery, String client) {
        assertThat(Race.count(responses, 201)).as("%s", responses).isEqualTo(1);
        assertThat(Race.count(responses, 400)).as("%s", responses).isEqualTo(responses.size() - 1);
        for (Response r : responses)
            if (r.status() == 400)
                assertThat(r.json().get("message").asText()).as("%s", r).startsWith("depositCreditMinor");
        Response winner = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        assertThat(winner.json().get("depositTransaction").get("amountMinor").asLong()).isEqualTo(2_500);
        JsonNode summary = clientDeposits(brewery, client);
        assertThat(summary).isEqualTo(PaymentRoutesTest.parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0}"));
    }

    private JsonNode clientDeposits(Brewery brewery, String clientId) {
        return ok(server.get("/clients/" + clientId, brewery.token()), 200).get("client").get("deposits").get("summary");
    }
}
