package com.brewski.adapters.http.orders;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.orders.OrderJson.RuleBody;
import com.brewski.adapters.http.orders.OrderJson.RuleJson;
import com.brewski.adapters.http.orders.OrderJson.RulesBody;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.orders.ManageShippingRules;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's shipping rules: read by its members, written by its owners and admins. */
public final class ShippingRuleRoutes implements RouteGroup {
    private static final String RULE_NOT_FOUND = "Shipping rule not found";

    private final ManageShippingRules rules;
    private final BodyReader bodies;

    public ShippingRuleRoutes(ManageShippingRules rules, BodyReader bodies) {
        this.rules = rules;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shipping-rules", Access.TEAM_MEMBER, this::list).returns(RulesBody.class),
                Route.post("/shipping-rules", Access.TEAM_MANAGER, this::create).status(201).returns(RuleBody.class),
                Route.patch("/shipping-rules/{ruleId}", Access.TEAM_MANAGER, this::update).returns(RuleBody.class),
                Route.delete("/shipping-rules/{ruleId}", Access.TEAM_MANAGER, this::delete).status(204));
    }

    private void list(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        ctx.json(new RulesBody(rules.list(caller(ctx), teamId).stream().map(RuleJson::of).toList()));
    }

    private void create(Context ctx) {
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        var rule = rules.create(caller(ctx), teamId, body.optionalString("name"), body.optionalLong("amountMinor"),
                body.optionalLong("minSubtotalMinor"), body.optionalLong("freeAboveMinor"));
        ctx.status(201).json(new RuleBody(RuleJson.of(rule)));
    }

    private void update(Context ctx) {
        UUID ruleId = ruleId(ctx);
        JsonBody body = bodies.object(ctx);
        var change = new ManageShippingRules.RuleChange(body.stringPatch("name"), body.longPatch("amountMinor"),
                body.longPatch("minSubtotalMinor"), body.longPatch("freeAboveMinor"));
        if (!(change.name().isPresent() || change.amountMinor().isPresent() || change.minSubtotalMinor().isPresent()
                || change.freeAboveMinor().isPresent()))
            throw new InvalidField("body", "at least one field is required");
        ctx.json(new RuleBody(RuleJson.of(rules.update(caller(ctx), ruleId, change))));
    }

    private void delete(Context ctx) {
        rules.delete(caller(ctx), ruleId(ctx));
        ctx.status(204);
    }

    private static UUID ruleId(Context ctx) {
        return RequestParams.pathId(ctx, "ruleId", RULE_NOT_FOUND);
    }
}
