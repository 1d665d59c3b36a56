package com.brewski.bootstrap.payments;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static com.brewski.bootstrap.payments.PaymentRoutesTest.fieldNames;
import static com.brewski.bootstrap.payments.PaymentRoutesTest.ids;
import static com.brewski.bootstrap.payments.PaymentRoutesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container deposit ledger over real HTTP: charges kept in step with standard lines, container
 * returns ({@code POST|GET /returns}) crediting it, deposit credit applied with a payment, and the
 * summaries on orders, order lists, payment ledgers and clients.
 */
@ExtendWith(SharedServer.class)
class DepositRoutesTest {
    static final List<String> TRANSACTION_FIELDS = List.of("id", "orderId", "containerReturnId", "source", "amountMinor",
            "createdAt", "updatedAt");
    static final List<String> RETURN_FIELDS = List.of("id", "teamId", "clientId", "orderId", "containerId", "quantity",
            "creditedMinor", "recordedBy", "recordedAt", "createdAt");
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    /** The default containers in name order: 30L Keg, 440ml Can, 500ml Bottle, 9 Gallon Cask. */
    private static final int KEG = 0;
    private static final int CAN = 1;
    private static final int CASK = 3;

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    /** A brewery charging 30.00 per keg, a client, a managed beer and the brewery's keg, can and cask. */
    private record Cellar(Brewery brewery, String client, String beer, String keg, String can, String cask) {}

    private Cellar cellar(String name) {
        Brewery brewery = fixture.brewery(name);
        fixture.deposit(brewery, "keg", 3_000);
        return new Cellar(brewery, fixture.client(brewery, name + " Bar"), fixture.beer(brewery, name + " Pils", "managed"),
                fixture.container(brewery, KEG), fixture.container(brewery, CAN), fixture.container(brewery, CASK));
    }

    private JsonNode order(Brewery brewery, String orderId) {
        return ok(server.get("/orders/" + orderId, brewery.token()), 200).get("order");
    }

    private JsonNode clientDeposits(Brewery brewery, String clientId) {
        return ok(server.get("/clients/" + clientId, brewery.token()), 200).get("client").get("deposits").get("summary");
    }

    private static JsonNode summary(long balance) {
        return parse("{\"balanceMinor\":" + balance + ",\"creditMinor\":" + Math.max(0, -balance)
                + ",\"liabilityMinor\":" + Math.max(0, balance) + "}");
    }

    private static JsonNode withoutTransactions(JsonNode deposits) {
        return parse("{\"balanceMinor\":" + deposits.get("balanceMinor") + ",\"creditMinor\":" + deposits.get("creditMinor")
                + ",\"liabilityMinor\":" + deposits.get("liabilityMinor") + "}");
    }

    // --- charges

    @Test
    void a_keg_line_charges_containers_times_the_deposit_and_the_charge_follows_the_line() {
        Cellar c = cellar("Charge Brewery");
        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();

        JsonNode added = fixture.standardItem(c.brewery(), orderId, c.beer(), c.keg(), 2, 10_000);

        String itemId = added.get("item").get("id").asText();
        JsonNode deposits = added.get("order").get("deposits");
        assertThat(fieldNames(deposits)).containsExactly("balanceMinor", "creditMinor", "liabilityMinor", "transactions");
        assertThat(withoutTransactions(deposits)).isEqualTo(summary(6_000));
        assertThat(deposits.get("transactions")).hasSize(1);
        JsonNode charge = deposits.get("transactions").get(0);
        assertThat(fieldNames(charge)).containsExactlyElementsOf(TRANSACTION_FIELDS);
        assertThat(charge.get("orderId").asText()).isEqualTo(orderId);
        assertThat(charge.get("containerReturnId").isNull()).isTrue();
        assertThat(charge.get("source").asText()).isEqualTo("charge");
        assertThat(charge.get("amountMinor").asLong()).isEqualTo(6_000);
        assertThat(charge.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(added.get("order").get("totalMinor").asLong()).as("the deposit is not part of the order total").isEqualTo(20_000);

        JsonNode changed = ok(server.patch("/orders/" + orderId + "/items/" + itemId, c.brewery().token(),
                json("quantity", 3)), 200).get("order").get("deposits");
        assertThat(withoutTransactions(changed)).isEqualTo(summary(9_000));
        assertThat(changed.get("transactions")).hasSize(1);
        assertThat(changed.get("transactions").get(0).get("id")).as("one charge row per line").isEqualTo(charge.get("id"));
        assertThat(changed.get("transactions").get(0).get("amountMinor").asLong()).isEqualTo(9_000);

        JsonNode fractional = ok(server.patch("/orders/" + orderId + "/items/" + itemId, c.brewery().token(),
                json("quantity", 1.5)), 200).get("order").get("deposits");
        assertThat(fractional.get("transactions").get(0).get("amountMinor").asLong()).isEqualTo(4_500);

        ok(server.patch("/orders/" + orderId + "/items/" + itemId, c.brewery().token(), json("unitPriceMinor", 9_000)), 200);
        assertThat(order(c.brewery(), orderId).get("deposits").get("transactions").get(0).get("amountMinor").asLong())
                .as("a price change keeps the charge").isEqualTo(4_500);

        JsonNode removed = ok(server.delete("/orders/" + orderId + "/items/" + itemId, c.brewery().token()), 200)
                .get("order").get("deposits");
        assertThat(removed).isEqualTo(parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0,\"transactions\":[]}"));
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(0));
    }

    @Test
    void only_containers_that_carry_a_deposit_are_charged_and_a_container_override_wins() {
        Cellar c = cellar("Override Brewery");
        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();

        fixture.standardItem(c.brewery(), orderId, c.beer(), c.can(), 24, 150);
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.cask(), 2, 9_000);
        fixture.customItem(c.brewery(), orderId, 2_500, 1);
        assertThat(order(c.brewery(), orderId).get("deposits").get("transactions"))
                .as("cans are not returnable, casks carry no deposit in the settings, custom lines hold no container").isEmpty();

        ok(server.patch("/containers/" + c.can(), c.brewery().token(), json("depositMinor", 50)), 200);
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.can(), 24, 150);
        String sixPack = fixture.multipack(c.brewery(), "Can Six", 6, c.beer(), c.can(), 800);
        ok(server.post("/orders/" + orderId + "/items", c.brewery().token(), json("multipackId", sixPack, "quantity", 2)), 201);
        fixture.deposit(c.brewery(), "cask", 4_000);
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.cask(), 2, 9_000);
        ok(server.patch("/containers/" + c.keg(), c.brewery().token(), json("isReturnable", false)), 200);
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.keg(), 1, 10_000);

        JsonNode deposits = order(c.brewery(), orderId).get("deposits");
        assertThat(PaymentRoutesTest.longs(deposits.get("transactions"), "amountMinor"))
                .as("24 cans × 50, 2 six-packs of cans × 50, 2 casks × 4000; a keg no longer returnable carries none")
                .containsExactly(1_200L, 600L, 8_000L);
        assertThat(withoutTransactions(deposits)).isEqualTo(summary(9_800));
    }

    // --- returns

    @Test
    void a_return_credits_quantity_times_the_deposit_by_default_with_a_negative_return_row() {
        Cellar c = cellar("Return Brewery");

        Response recorded = server.post("/returns", c.brewery().token(), json("teamId", c.brewery().teamId(),
                "clientId", c.client(), "containerId", c.keg(), "quantity", 2, "recordedAt", "2025-02-12T11:02:33+01:00"));

        JsonNode body = ok(recorded, 201);
        assertThat(fieldNames(body)).containsExactly("containerReturn", "depositTransaction", "deposits");
        JsonNode ret = body.get("containerReturn");
        assertThat(fieldNames(ret)).containsExactlyElementsOf(RETURN_FIELDS);
        assertThat(ret.get("teamId").asText()).isEqualTo(c.brewery().teamId());
        assertThat(ret.get("clientId").asText()).isEqualTo(c.client());
        assertThat(ret.get("orderId").isNull()).isTrue();
        assertThat(ret.get("containerId").asText()).isEqualTo(c.keg());
        assertThat(ret.get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(ret.get("creditedMinor").asLong()).isEqualTo(6_000);
        assertThat(ret.get("recordedBy").isNull()).isFalse();
        assertThat(ret.get("recordedAt").asText()).isEqualTo("2025-02-12T10:02:33.000Z");
        assertThat(ret.get("createdAt").asText()).matches(TIMESTAMP);
        JsonNode row = body.get("depositTransaction");
        assertThat(fieldNames(row)).containsExactlyElementsOf(TRANSACTION_FIELDS);
        assertThat(row.get("source").asText()).isEqualTo("return");
        assertThat(row.get("amountMinor").asLong()).isEqualTo(-6_000);
        assertThat(row.get("containerReturnId").asText()).isEqualTo(ret.get("id").asText());
        assertThat(row.get("orderId").isNull()).isTrue();
        assertThat(body.get("deposits")).isEqualTo(summary(-6_000));
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(-6_000));

        JsonNode half = fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.keg(), "quantity", 1.5));
        assertThat(half.get("containerReturn").get("creditedMinor").asLong()).isEqualTo(4_500);
        JsonNode agreed = fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.keg(),
                "quantity", 1, "creditedMinor", 1_000));
        assertThat(agreed.get("containerReturn").get("creditedMinor").asLong()).isEqualTo(1_000);
        JsonNode nothing = fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.can(), "quantity", 12));
        assertThat(nothing.get("containerReturn").get("creditedMinor").asLong()).as("cans carry no deposit").isZero();
        assertThat(nothing.get("deposits")).isEqualTo(summary(-11_500));
    }

    @Test
    void a_return_against_an_order_takes_its_client_and_shows_in_the_orders_deposit_rows() {
        Cellar c = cellar("Order Return Brewery");
        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.keg(), 2, 10_000);

        JsonNode body = fixture.containerReturn(c.brewery(), json("orderId", orderId, "containerId", c.keg(), "quantity", 1));

        assertThat(body.get("containerReturn").get("clientId").asText()).isEqualTo(c.client());
        assertThat(body.get("containerReturn").get("orderId").asText()).isEqualTo(orderId);
        assertThat(body.get("depositTransaction").get("orderId").asText()).isEqualTo(orderId);
        assertThat(body.get("deposits")).isEqualTo(summary(3_000));
        JsonNode deposits = order(c.brewery(), orderId).get("deposits");
        assertThat(withoutTransactions(deposits)).isEqualTo(summary(3_000));
        assertThat(deposits.get("transactions")).hasSize(2);
        assertThat(deposits.get("transactions").get(0).get("source").asText()).isEqualTo("charge");
        JsonNode returned = deposits.get("transactions").get(1);
        assertThat(returned).isEqualTo(body.get("depositTransaction"));
        assertThat(returned.get("containerReturnId").asText()).isEqualTo(body.get("containerReturn").get("id").asText());
    }

    @Test
    void the_balance_is_the_team_and_clients_whole_ledger_on_every_order_of_the_client_and_nowhere_else() {
        Cellar c = cellar("Ledger Brewery");
        String otherClient = fixture.client(c.brewery(), "Other Bar");
        String first = fixture.order(c.brewery(), c.client()).get("id").asText();
        String second = fixture.order(c.brewery(), c.client()).get("id").asText();
        String elsewhere = fixture.order(c.brewery(), otherClient).get("id").asText();
        fixture.standardItem(c.brewery(), first, c.beer(), c.keg(), 2, 10_000);
        fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.keg(), "quantity", 5));

        assertThat(withoutTransactions(order(c.brewery(), first).get("deposits"))).isEqualTo(summary(-9_000));
        JsonNode secondDeposits = order(c.brewery(), second).get("deposits");
        assertThat(withoutTransactions(secondDeposits)).isEqualTo(summary(-9_000));
        assertThat(secondDeposits.get("transactions")).as("rows of other orders are not listed").isEmpty();
        assertThat(order(c.brewery(), elsewhere).get("deposits"))
                .isEqualTo(parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0,\"transactions\":[]}"));

        JsonNode page = ok(server.get("/orders?teamId=" + c.brewery().teamId(), c.brewery().token()), 200);
        for (JsonNode row : page.get("results")) {
            JsonNode expected = row.get("id").asText().equals(elsewhere) ? summary(0) : summary(-9_000);
            assertThat(row.get("deposits")).as("list row %s", row.get("id")).isEqualTo(expected);
        }
        assertThat(ok(server.get("/orders/" + second + "/payments", c.brewery().token()), 200).get("deposits"))
                .isEqualTo(summary(-9_000));
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(-9_000));
        assertThat(clientDeposits(c.brewery(), otherClient)).isEqualTo(summary(0));
    }

    @Test
    void the_returns_list_pages_a_teams_returns_newest_first() {
        Cellar c = cellar("Listing Brewery");
        String older = fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.keg(),
                "quantity", 1, "recordedAt", "2025-01-01T10:00:00.000Z")).get("containerReturn").get("id").asText();
        String newest = fixture.containerReturn(c.brewery(), json("containerId", c.keg(), "quantity", 1,
                "recordedAt", "2025-03-01T10:00:00.000Z")).get("containerReturn").get("id").asText();
        String middle = fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.cask(),
                "quantity", 2, "recordedAt", "2025-02-01T10:00:00.000Z")).get("containerReturn").get("id").asText();

        JsonNode page = ok(server.get("/returns?teamId=" + c.brewery().teamId(), c.brewery().token()), 200);

        assertThat(fieldNames(page)).containsExactly("page", "pageSize", "total", "pages", "sort", "direction", "results");
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("sort").asText()).isEqualTo("recordedAt");
        assertThat(page.get("direction").asText()).isEqualTo("desc");
        assertThat(ids(page.get("results"))).containsExactly(newest, middle, older);
        JsonNode noClient = page.get("results").get(0);
        assertThat(fieldNames(noClient)).containsExactlyElementsOf(RETURN_FIELDS);
        assertThat(noClient.get("clientId").isNull()).isTrue();
        JsonNode second = ok(server.get("/returns?teamId=" + c.brewery().teamId() + "&pageSize=2&page=2", c.brewery().token()), 200);
        assertThat(ids(second.get("results"))).containsExactly(older);
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(clientDeposits(c.brewery(), c.client())).as("a return without a client is not the client's credit")
                .isEqualTo(summary(-3_000));
    }

    // --- deposit credit applied with a payment

    @Test
    void deposit_credit_applied_with_a_payment_writes_a_positive_adjustment_row() {
        Cellar c = cellar("Credit Brewery");
        fixture.depositCredit(c.brewery(), c.client(), c.keg(), 2_500);
        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();
        fixture.customItem(c.brewery(), orderId, 10_000, 1);

        JsonNode body = fixture.pay(c.brewery(), orderId, json("amountMinor", 7_500, "paymentMethod", "card",
                "paymentReference", "AUTH-9821", "paidAt", "2025-02-03T15:09:00.000Z", "depositCreditMinor", 1_000));

        assertThat(fieldNames(body)).containsExactly("order", "payment", "depositTransaction");
        JsonNode adjustment = body.get("depositTransaction");
        assertThat(fieldNames(adjustment)).containsExactlyElementsOf(TRANSACTION_FIELDS);
        assertThat(adjustment.get("orderId").asText()).isEqualTo(orderId);
        assertThat(adjustment.get("source").asText()).isEqualTo("adjustment");
        assertThat(adjustment.get("amountMinor").asLong()).isEqualTo(1_000);
        assertThat(adjustment.get("containerReturnId").isNull()).isTrue();
        JsonNode deposits = body.get("order").get("deposits");
        assertThat(withoutTransactions(deposits)).isEqualTo(summary(-1_500));
        assertThat(deposits.get("transactions")).containsExactly(adjustment);
        assertThat(body.get("payment").get("amountMinor").asLong()).isEqualTo(7_500);
        assertThat(order(c.brewery(), orderId).get("deposits")).isEqualTo(deposits);
        assertThat(ok(server.get("/orders/" + orderId + "/payments", c.brewery().token()), 200).get("deposits"))
                .isEqualTo(summary(-1_500));
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(-1_500));

        JsonNode rest = fixture.pay(c.brewery(), orderId, json("amountMinor", 1_000, "paymentMethod", "cash",
                "depositCreditMinor", 1_500));
        assertThat(rest.get("depositTransaction").get("amountMinor").asLong()).isEqualTo(1_500);
        assertThat(withoutTransactions(rest.get("order").get("deposits"))).isEqualTo(summary(0));
        JsonNode none = fixture.pay(c.brewery(), orderId, json("amountMinor", 1_000, "paymentMethod", "cash",
                "depositCreditMinor", 0));
        assertThat(fieldNames(none)).as("no credit applied, no depositTransaction").containsExactly("order", "payment");
    }

    @Test
    void more_credit_than_the_client_holds_is_a_400_naming_depositCreditMinor_and_records_nothing() {
        Cellar c = cellar("Overdrawn Brewery");
        fixture.depositCredit(c.brewery(), c.client(), c.keg(), 2_500);
        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();
        fixture.customItem(c.brewery(), orderId, 10_000, 1);

        refusedNaming(server.post("/orders/" + orderId + "/payments", c.brewery().token(), json("amountMinor", 1_000,
                "paymentMethod", "card", "depositCreditMinor", 2_501)), "depositCreditMinor");

        JsonNode ledger = ok(server.get("/orders/" + orderId + "/payments", c.brewery().token()), 200);
        assertThat(ledger.get("payments")).as("the payment is not kept either").isEmpty();
        assertThat(ledger.get("deposits")).isEqualTo(summary(-2_500));

        String liable = fixture.client(c.brewery(), "Liable Bar");
        String liableOrder = fixture.order(c.brewery(), liable).get("id").asText();
        fixture.standardItem(c.brewery(), liableOrder, c.beer(), c.keg(), 1, 10_000);
        refusedNaming(server.post("/orders/" + liableOrder + "/payments", c.brewery().token(), json("amountMinor", 1_000,
                "paymentMethod", "card", "depositCreditMinor", 1)), "depositCreditMinor");
        assertThat(clientDeposits(c.brewery(), liable)).isEqualTo(summary(3_000));
    }

    // --- errors and tenancy

    @Test
    void bad_return_fields_are_refused_naming_the_field() {
        Cellar c = cellar("Strict Return Brewery");
        Cellar other = cellar("Foreign Return Brewery");
        String foreignOrder = fixture.order(other.brewery(), other.client()).get("id").asText();
        String otherClient = fixture.client(c.brewery(), "Second Bar");
        String ownOrder = fixture.order(c.brewery(), c.client()).get("id").asText();
        String token = c.brewery().token();
        String team = c.brewery().teamId();

        refusedNaming(server.post("/returns", token, json("containerId", c.keg(), "quantity", 1)), "teamId");
        refusedNaming(server.post("/returns", token, json("teamId", "nope", "containerId", c.keg(), "quantity", 1)), "teamId");
        refusedNaming(server.post("/returns", token, json("teamId", team, "quantity", 1)), "containerId");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg())), "quantity");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", 0)), "quantity");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", -2)), "quantity");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", "two")), "quantity");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", 1,
                "creditedMinor", -1)), "creditedMinor");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", 1,
                "creditedMinor", 1.5)), "creditedMinor");
        refusedNaming(server.post("/returns", token, json("teamId", team, "containerId", c.keg(), "quantity", 1,
                "recordedAt", "12/02/2025")), "recordedAt");
        refused(server.post("/returns", token, json("teamId", team, "containerId", MISSING, "quantity", 1)), 400,
                "containerId: Container not found");
        refused(server.post("/returns", token, json("teamId", team, "containerId", other.keg(), "quantity", 1)), 400,
                "containerId: Container not found");
        refused(server.post("/returns", token, json("teamId", team, "clientId", MISSING, "containerId", c.keg(),
                "quantity", 1)), 400, "clientId: Client not found");
        refused(server.post("/returns", token, json("teamId", team, "clientId", other.client(), "containerId", c.keg(),
                "quantity", 1)), 400, "clientId: Client not found");
        refused(server.post("/returns", token, json("teamId", team, "orderId", foreignOrder, "containerId", c.keg(),
                "quantity", 1)), 400, "orderId: Order not found");
        refusedNaming(server.post("/returns", token, json("teamId", team, "orderId", "not-an-id", "containerId", c.keg(),
                "quantity", 1)), "orderId");
        refusedNaming(server.post("/returns", token, json("teamId", team, "orderId", ownOrder, "clientId", otherClient,
                "containerId", c.keg(), "quantity", 1)), "clientId");
        refused(server.post("/returns", token, json("teamId", MISSING, "containerId", c.keg(), "quantity", 1)), 404,
                "Team not found");
        refusedNaming(server.get("/returns", token), "teamId");
        refusedNaming(server.get("/returns?teamId=" + team + "&pageSize=201", token), "pageSize");

        assertThat(ok(server.get("/returns?teamId=" + team, token), 200).get("total").asInt()).isZero();
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(0));
    }

    @Test
    void amounts_too_large_for_the_ledger_are_refused_naming_the_field_and_the_client_stays_readable() {
        Cellar c = cellar("Huge Brewery");
        String team = c.brewery().teamId();
        String token = c.brewery().token();

        refusedNaming(server.post("/returns", token, json("teamId", team, "clientId", c.client(), "containerId", c.keg(),
                "quantity", 1_000_000_000_000L)), "quantity");
        refusedNaming(server.post("/returns", token, json("teamId", team, "clientId", c.client(), "containerId", c.keg(),
                "quantity", 1, "creditedMinor", 9_000_000_000_000_000_000L)), "creditedMinor");
        refusedNaming(server.patch("/containers/" + c.keg(), token, json("depositMinor", 9_000_000_000_000_000_000L)),
                "depositMinor");
        refusedNaming(server.post("/containers", token, json("teamId", team, "name", "Giant Keg", "containerType", "keg",
                "volumeMl", 50_000, "depositMinor", 9_000_000_000_000_000_000L)), "depositMinor");

        String orderId = fixture.order(c.brewery(), c.client()).get("id").asText();
        fixture.standardItem(c.brewery(), orderId, c.beer(), c.keg(), 1_000_000, 1);
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(3_000_000_000L));
        assertThat(ok(server.get("/returns?teamId=" + team, token), 200).get("total").asInt()).isZero();
    }

    @Test
    void another_team_gets_403_on_returns_and_never_sees_them() {
        Cellar c = cellar("Guarded Return Brewery");
        fixture.containerReturn(c.brewery(), json("clientId", c.client(), "containerId", c.keg(), "quantity", 1));
        Cellar other = cellar("Curious Return Brewery");
        Map<String, Object> intoTheirs = json("teamId", c.brewery().teamId(), "clientId", c.client(),
                "containerId", c.keg(), "quantity", 4);

        refused(server.get("/returns?teamId=" + c.brewery().teamId(), other.brewery().token()), 403, "forbidden");
        refused(server.post("/returns", other.brewery().token(), intoTheirs), 403, "forbidden");
        refused(server.get("/clients/" + c.client(), other.brewery().token()), 403, "forbidden");
        refused(server.get("/returns?teamId=" + c.brewery().teamId(), null), 401, "unauthorized");
        refused(server.post("/returns", null, intoTheirs), 401, "unauthorized");

        assertThat(ok(server.get("/returns?teamId=" + other.brewery().teamId(), other.brewery().token()), 200)
                .get("total").asInt()).isZero();
        JsonNode own = ok(server.get("/returns?teamId=" + c.brewery().teamId(), c.brewery().token()), 200);
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(clientDeposits(c.brewery(), c.client())).isEqualTo(summary(-3_000));
        String member = fixture.memberOf(c.brewery(), "member");
        assertThat(ok(server.get("/returns?teamId=" + c.brewery().teamId(), member), 200).get("total").asInt()).isEqualTo(1);
    }
}
