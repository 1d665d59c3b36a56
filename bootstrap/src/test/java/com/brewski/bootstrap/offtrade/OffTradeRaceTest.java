package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.brewski.bootstrap.offtrade.OffTrade.INTAKE;
import static com.brewski.bootstrap.offtrade.OffTrade.request;
import static com.brewski.bootstrap.offtrade.OffTrade.retryPath;
import static com.brewski.bootstrap.offtrade.OffTrade.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** Racing intakes and resends on two server instances over one PostgreSQL. */
class OffTradeRaceTest {
    private static final Map<String, String> ENV = Map.of("OFFTRADE_RATE_LIMIT", "1000");

    @Test
    void racing_intakes_get_distinct_ids_and_racing_resends_keep_the_latest_time() {
        try (TestServer one = TestServer.start(ENV); TestServer two = TestServer.startSharing(one, ENV)) {
            String owner = one.register("Owner");
            String teamId = one.createTeam(owner, "Lantern");
            settings(one, owner, teamId, "orders@lantern.example", "BS");

            List<TestServer.Response> intakes = Race.of(8, i -> (i % 2 == 0 ? one : two).post(INTAKE, null, request("Deli " + i, "BS1 4DJ")));
            assertThat(Race.count(intakes, 201)).isEqualTo(8);
            Set<Long> ids = new HashSet<>();
            intakes.forEach(r -> ids.add(r.json().path("request").path("id").asLong()));
            assertThat(ids).hasSize(8);
            assertThat(one.get("/offtrade/collection-requests?teamId=" + teamId, owner).json().path("total").asInt()).isEqualTo(8);

            long id = ids.iterator().next();
            List<TestServer.Response> resends = Race.of(6, i -> (i % 2 == 0 ? one : two).post(retryPath(id), owner, Map.of("teamId", teamId)));
            assertThat(Race.count(resends, 200)).isEqualTo(6);
            String latest = resends.stream().map(r -> r.json().path("notifiedAt").asText()).max(String::compareTo).orElseThrow();
            String stored = null;
            for (var row : two.get("/offtrade/collection-requests?teamId=" + teamId, owner).json().path("results"))
                if (row.path("id").asLong() == id) stored = row.path("notifiedAt").asText();
            assertThat(stored).isEqualTo(latest);
            assertThat(one.get("/activity?teamId=" + teamId + "&category=marketing&pageSize=50", owner).json().path("total").asInt())
                    .isEqualTo(8 + 6);
        }
    }
}
