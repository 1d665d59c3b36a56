package com.brewski.adapters.http.support;

import io.javalin.http.Handler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Javalin serves a request by the first matching route: literal segments must be registered before parameters. */
class RouteTableOrderTest {
    private static final Handler NOTHING = ctx -> { };

    private static RouteGroup group(Route... routes) {
        return () -> List.of(routes);
    }

    @Test
    void a_literal_segment_is_registered_before_a_parameter_whichever_group_declares_it_first() {
        RouteTable table = new RouteTable(List.of(
                group(Route.get("/orders/{orderId}", Access.TEAM_MEMBER, NOTHING),
                        Route.get("/orders/{orderId}/payments", Access.TEAM_MEMBER, NOTHING)),
                group(Route.get("/orders/collection-requests", Access.PUBLIC, NOTHING),
                        Route.get("/files/<key>", Access.PUBLIC, NOTHING),
                        Route.get("/files/logo.png", Access.PUBLIC, NOTHING))));

        assertThat(table.registrationOrder()).extracting(Route::path).containsExactly(
                "/orders/collection-requests", "/files/logo.png", "/orders/{orderId}", "/orders/{orderId}/payments", "/files/<key>");
    }

    @Test
    void routes_that_cannot_shadow_each_other_keep_their_declaration_order_in_the_table() {
        RouteTable table = new RouteTable(List.of(group(
                Route.post("/b/{id}", Access.SIGNED_IN, NOTHING),
                Route.get("/b/{id}", Access.SIGNED_IN, NOTHING),
                Route.get("/a/{id}", Access.SIGNED_IN, NOTHING))));
        assertThat(table.routes()).extracting(Route::key).containsExactly("POST /b/{id}", "GET /b/{id}", "GET /a/{id}");
        assertThat(table.registrationOrder()).extracting(Route::key).containsExactly("POST /b/{id}", "GET /b/{id}", "GET /a/{id}");
    }
}
