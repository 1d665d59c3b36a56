package com.brewski.bootstrap.gates;

import com.brewski.adapters.http.support.Route;
import com.brewski.bootstrap.gates.RouteFixtures.Call;
import com.brewski.bootstrap.gates.RouteFixtures.Fixture;
import com.brewski.adapters.http.support.Access;
import com.brewski.bootstrap.gates.RouteFixtures.Upload;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the route table × every kind of caller, over real HTTP on the whole server: the
 * answer must be the one the route's {@code Access} declares — 401 without a token, 403 for a
 * platform route without the role, 403 or 404 for a team's route outside the owning team, the
 * route's success status otherwise — and no success answer may contain another team's ids.
 */
@ExtendWith(SharedServer.class)
class AuthorisationMatrixTest {
    private static TestServer server;
    private static World world;
    private static final RouteFixtures FIXTURES = new RouteFixtures();

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        world = new World(server);
    }

    @Test
    void every_route_of_the_table_has_a_fixture_and_every_fixture_a_route() {
        Set<String> routes = new TreeSet<>(server.routes().stream().map(Route::key).toList());
        Set<String> fixtures = new TreeSet<>(FIXTURES.all().keySet());
        assertThat(fixtures).as("routes of the table without a fixture in RouteFixtures")
                .containsAll(routes);
        assertThat(routes).as("fixtures in RouteFixtures for routes the table does not have").containsAll(fixtures);
    }

    @Test
    void every_route_answers_every_kind_of_caller_as_its_access_declares() {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        List<Route> routes = server.routes().stream().filter(r -> FIXTURES.all().containsKey(r.key())).toList();
        for (Route route : routes) {
            Fixture fixture = FIXTURES.all().get(route.key());
            Call refusedCall = null; // one set-up serves every caller expected to be refused: nothing changes for them
            for (CallerKind caller : CallerKind.values()) {
                boolean allowed = caller.allowedBy(route.access());
                String cell = route.key() + " as " + caller + " (" + route.access() + ")";
                Call call;
                try {
                    if (allowed) {
                        call = fixture.build(world.owned(caller));
                    } else {
                        if (refusedCall == null) refusedCall = fixture.build(world.owned(caller));
                        call = refusedCall;
                    }
                } catch (AssertionError e) {
                    wrong.add(cell + ": the fixture failed: " + e.getMessage());
                    continue;
                }
                Response response = send(route, call, world.token(caller));
                requests++;
                if (allowed) {
                    if (response.status() != route.successStatus())
                        wrong.add(cell + ": expected " + route.successStatus() + ", got " + response);
                    else if (route.access() != Access.PUBLIC) // a public read shows what the storefront shows anyone
                        for (String id : world.foreignIds(caller))
                            if (response.body().contains(id)) wrong.add(cell + ": answer names another team's id " + id);
                } else if (!caller.refusals(route.access()).contains(response.status())) {
                    wrong.add(cell + ": expected " + caller.refusals(route.access()) + ", got " + response);
                } else if (!hasMessage(response)) {
                    wrong.add(cell + ": refusal without a message: " + response);
                }
                if (call.endsSession() && response.status() < 300) world.signInAgain(caller);
            }
        }
        System.out.printf("authorisation matrix: %d routes × %d callers = %d requests%n",
                routes.size(), CallerKind.values().length, requests);
        assertThat(wrong).as("answers that differ from the route table's access:%n%s", String.join("\n", wrong)).isEmpty();
    }

    private static boolean hasMessage(Response response) {
        try {
            return response.json() != null && response.json().hasNonNull("message");
        } catch (AssertionError notJson) {
            return false;
        }
    }

    private static Response send(Route route, Call call, String token) {
        String method = route.method().name();
        if (call.body() instanceof RouteFixtures.Signed signed)
            return server.send(method, call.path(), token, "application/json", signed.json().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Map.of(com.brewski.adapters.http.fulfillment.PaymentWebhookSignature.HEADER, signed.signature()));
        if (call.body() instanceof Upload upload)
            return server.upload(call.path(), token, upload.fields(), "image", upload.filename(), upload.contentType(),
                    upload.content());
        return server.send(method, call.path(), token, call.body());
    }
}
