package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.util.Map;

import static com.brewski.bootstrap.offtrade.OffTrade.INTAKE;
import static com.brewski.bootstrap.offtrade.OffTrade.request;
import static com.brewski.bootstrap.offtrade.OffTrade.retryPath;
import static com.brewski.bootstrap.offtrade.OffTrade.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One address may send {@code OFFTRADE_RATE_LIMIT} intakes, and as many retries, per 10 minutes: in
 * process by default, and across server instances through Redis when {@code REDIS_URL} is set
 * (TEST_REDIS_URL, default the machine's Redis). Each test sends from a loopback address of its
 * own, so runs sharing the Redis never count each other's requests.
 */
class OffTradeRateLimitTest {
    private static final String REDIS = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private static void assertLimited(TestServer.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(response.json().path("code").asText()).isEqualTo("OFFTRADE_RATE_LIMITED");
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
    }

    @Test
    void the_default_limiter_refuses_the_sixth_intake_from_one_address() {
        try (TestServer server = TestServer.start(); FromAddress buyer = FromAddress.random(); FromAddress other = FromAddress.random()) {
            for (int i = 0; i < 5; i++)
                assertThat(buyer.post(server, INTAKE, null, request("Deli " + i, "BS1 4DJ")).status()).isEqualTo(201);
            assertLimited(buyer.post(server, INTAKE, null, request("Deli 6", "BS1 4DJ")));
            assertThat(other.post(server, INTAKE, null, request("Other", "BS1 4DJ")).status()).isEqualTo(201);
        }
    }

    @Test
    void intakes_and_retries_are_limited_across_two_instances_sharing_redis() {
        assumeTrue(reachable(), "no Redis at " + REDIS);
        Map<String, String> env = Map.of("REDIS_URL", REDIS, "OFFTRADE_RATE_LIMIT", "3");
        try (TestServer one = TestServer.start(env); TestServer two = TestServer.startSharing(one, env);
             FromAddress buyer = FromAddress.random(); FromAddress office = FromAddress.random()) {
            String owner = one.register("Owner");
            String teamId = one.createTeam(owner, "Lantern");
            settings(one, owner, teamId, null, "BS");

            TestServer.Response first = buyer.post(one, INTAKE, null, request("Deli 1", "BS1 4DJ"));
            assertThat(first.status()).isEqualTo(201);
            assertThat(buyer.post(two, INTAKE, null, request("Deli 2", "BS1 4DJ")).status()).isEqualTo(201);
            assertThat(buyer.post(one, INTAKE, null, request("Deli 3", "BS1 4DJ")).status()).isEqualTo(201);
            assertLimited(buyer.post(two, INTAKE, null, request("Deli 4", "BS1 4DJ")));
            assertLimited(buyer.post(one, INTAKE, null, request("Deli 5", "BS1 4DJ")));

            long id = first.json().path("request").path("id").asLong();
            Map<String, String> retry = Map.of("teamId", teamId);
            // the team has no contact email: each retry is counted, then refused with 400
            assertThat(office.post(one, retryPath(id), owner, retry).status()).isEqualTo(400);
            assertThat(office.post(two, retryPath(id), owner, retry).status()).isEqualTo(400);
            assertThat(office.post(one, retryPath(id), owner, retry).status()).isEqualTo(400);
            assertLimited(office.post(two, retryPath(id), owner, retry));
        }
    }

    private static boolean reachable() {
        URI uri = URI.create(REDIS);
        try (Socket ignored = new Socket(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
