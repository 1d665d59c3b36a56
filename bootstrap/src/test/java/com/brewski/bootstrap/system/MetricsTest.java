package com.brewski.bootstrap.system;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code GET /metrics} of the whole server, over real HTTP: the series, and who may read them. */
class MetricsTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Without_a_token {
        private TestServer server;

        @BeforeAll
        void start() {
            server = TestServer.start();
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void loopback_callers_read_the_prometheus_text_with_request_pool_jvm_and_business_series() throws Exception {
            TradeFixture trade = new TradeFixture(server);
            Brewery brewery = trade.brewery("Metrics Brewery");
            String clientId = trade.client(brewery, "The Crown");
            String orderId = trade.order(brewery, clientId).get("id").asText();
            trade.customItem(brewery, orderId, 1000, 2);
            String before = scrape(server, "localhost", null).body();
            trade.pay(brewery, orderId, 500, "2026-01-02T10:00:00.000Z");
            assertThat(server.post("/orders/" + orderId + "/invoice", brewery.token(), null).status()).isEqualTo(200);
            assertThat(server.post("/orders/" + orderId + "/delivery-note", brewery.token(), null).status()).isEqualTo(200);
            assertThat(server.get("/orders/" + orderId, brewery.token()).status()).isEqualTo(200);
            assertThat(server.get("/no/such/route", null).status()).isEqualTo(404);
            trade.order(brewery, clientId);

            HttpResponse<String> response = scrape(server, "localhost", null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            String text = response.body();
            // requests by route template and status: a count and a latency histogram
            assertThat(text).containsPattern(
                    "http_server_requests_seconds_count\\{method=\"GET\",route=\"/orders/\\{orderId}\",status=\"200\"} 1(\\.0)?\\n");
            assertThat(text).containsPattern(
                    "http_server_requests_seconds_bucket\\{method=\"GET\",route=\"/orders/\\{orderId}\",status=\"200\",le=\"[0-9.]+\"}");
            assertThat(text).contains("route=\"/orders/{orderId}/invoice\"", "route=\"unmatched\",status=\"404\"");
            assertThat(text).doesNotContain("/orders/" + orderId);
            // the pool, the JVM
            assertThat(text).contains("hikaricp_connections_active{", "hikaricp_connections_max{", "jvm_memory_used_bytes{", "jvm_gc_");
            // business counters, counted after their commit
            assertThat(counter(text, "brewski_orders_total")).as("orders created").isEqualTo(counter(before, "brewski_orders_total") + 1);
            assertThat(counter(text, "brewski_payments_recorded_total")).as("payments recorded").isEqualTo(counter(before, "brewski_payments_recorded_total") + 1);
            assertThat(counter(text, "brewski_documents_rendered_total{kind=\"invoice\"}")).as("invoices").isEqualTo(1);
            assertThat(counter(text, "brewski_documents_rendered_total{kind=\"delivery_note\"}")).as("delivery notes").isEqualTo(1);
        }

        @Test
        void a_refused_change_is_not_counted() throws Exception {
            TradeFixture trade = new TradeFixture(server);
            Brewery brewery = trade.brewery("Refused Brewery");
            double before = counter(scrape(server, "localhost", null).body(), "brewski_orders_total");

            assertThat(server.post("/orders", brewery.token(), Map.of("teamId", brewery.teamId(),
                    "clientId", "00000000-0000-0000-0000-000000000001")).status()).isEqualTo(400);

            assertThat(counter(scrape(server, "localhost", null).body(), "brewski_orders_total")).isEqualTo(before);
        }

        @Test
        void callers_from_another_interface_get_403() throws Exception {
            Optional<String> address = nonLoopbackAddress();
            assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");

            HttpResponse<String> response = scrape(server, address.get(), null);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("loopback").doesNotContain("jvm_");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class With_a_token {
        private TestServer server;

        @BeforeAll
        void start() {
            server = TestServer.start(Map.of("METRICS_TOKEN", "scrape-secret-123"));
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void the_token_is_required_even_from_loopback() throws Exception {
            assertThat(scrape(server, "localhost", null).statusCode()).isEqualTo(401);
            assertThat(scrape(server, "localhost", "wrong-token").statusCode()).isEqualTo(401);
            String userToken = server.register("Not A Scraper");
            assertThat(scrape(server, "localhost", userToken).statusCode()).isEqualTo(401);

            HttpResponse<String> response = scrape(server, "localhost", "scrape-secret-123");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("jvm_memory_used_bytes");
        }

        @Test
        void with_the_token_any_interface_is_answered() throws Exception {
            Optional<String> address = nonLoopbackAddress();
            assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");

            assertThat(scrape(server, address.get(), "scrape-secret-123").statusCode()).isEqualTo(200);
            assertThat(scrape(server, address.get(), null).statusCode()).isEqualTo(401);
        }
    }

    static HttpResponse<String> scrape(TestServer server, String host, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + server.port() + "/metrics")).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a series (0 when absent); {@code series} is its name with its labels, if any. */
    static double counter(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static Optional<String> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) return Optional.of(address.getHostAddress());
            }
        }
        return Optional.empty();
    }
}
