package com.brewski.bootstrap.orders;

import com.brewski.adapters.persistence.StatementLog;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the order reads send to the database, counted at the JDBC boundary of a running server: one
 * transaction per request, the caller authenticated inside it in one statement, the team membership
 * folded into the query that reads. {@code GET /orders} at most 4 statements with BEGIN and COMMIT,
 * {@code GET /orders/:id} at most 6, whatever the page or the ledger.
 */
class OrderStatementCountTest {
    private static final StatementLog log = StatementLog.inMemory();
    private static TestServer server;
    private static TradeFixture fixture;
    private static Brewery brewery;
    private static String orderId;

    @BeforeAll
    static void start() {
        server = TestServer.startLogging(log);
        fixture = new TradeFixture(server);
        brewery = fixture.brewery("Counting Brewery");
        String client = fixture.client(brewery, "Counting Bar");
        for (int i = 0; i < 30; i++) {
            String id = fixture.order(brewery, client, json("status", "confirmed", "issueDate", "2025-01-10", "dueDate", "2025-01-20"))
                    .get("id").asText();
            if (orderId == null) orderId = id;
        }
        for (int i = 0; i < 3; i++) fixture.customItem(brewery, orderId, 1_000 + i, 1);
        for (int i = 0; i < 3; i++) fixture.pay(brewery, orderId, 500, "2025-01-1" + i + "T10:00:00.000Z");
    }

    @AfterAll
    static void stop() {
        server.close();
        log.close();
    }

    private static List<String> statementsOf(Supplier<Response> request, int status) {
        int mark = log.mark();
        ok(request.get(), status);
        return log.since(mark);
    }

    @Test
    void a_page_of_orders_is_one_transaction_of_four_statements() {
        for (String query : List.of("", "&pageSize=5", "&pageSize=100", "&state=due", "&status=confirmed",
                "&sort=dueDate&direction=asc", "&dispatchStatus=pending", "&page=9")) {
            List<String> statements = statementsOf(() -> server.get("/orders?teamId=" + brewery.teamId() + query, brewery.token()), 200);

            assertThat(statements).as(query + ": " + statements).hasSizeLessThanOrEqualTo(4);
            assertThat(statements.getFirst()).isEqualTo("BEGIN");
            assertThat(statements.getLast()).isEqualTo("COMMIT");
            assertThat(statements.stream().filter("BEGIN"::equals)).as("one transaction").hasSize(1);
        }
    }

    @Test
    void one_order_is_one_transaction_of_at_most_six_statements() {
        List<String> statements = statementsOf(() -> server.get("/orders/" + orderId, brewery.token()), 200);

        assertThat(statements).as(statements.toString()).hasSizeLessThanOrEqualTo(6);
        assertThat(statements.getFirst()).isEqualTo("BEGIN");
        assertThat(statements.getLast()).isEqualTo("COMMIT");
        assertThat(statements.stream().filter("BEGIN"::equals)).as("one transaction").hasSize(1);
    }

    @Test
    void a_refused_read_is_one_transaction_too() {
        Brewery stranger = fixture.brewery("Stranger Brewery");
        List<String> page = statementsOf(() -> server.get("/orders?teamId=" + brewery.teamId(), stranger.token()), 403);
        List<String> one = statementsOf(() -> server.get("/orders/" + orderId, stranger.token()), 403);

        assertThat(page).as(page.toString()).hasSizeLessThanOrEqualTo(4).containsOnlyOnce("BEGIN");
        assertThat(page.getLast()).isEqualTo("ROLLBACK");
        assertThat(one).as(one.toString()).hasSizeLessThanOrEqualTo(6).containsOnlyOnce("BEGIN");
    }

    @Test
    void recording_a_payment_authenticates_inside_its_transaction() {
        List<String> statements = statementsOf(() -> server.post("/orders/" + orderId + "/payments", brewery.token(),
                json("amountMinor", 100, "paymentMethod", "cash")), 201);

        assertThat(statements.stream().filter("BEGIN"::equals)).as(statements.toString()).hasSize(1);
        assertThat(statements.getLast()).isEqualTo("COMMIT");
    }
}
