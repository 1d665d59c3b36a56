package com.brewski.adapters.persistence;

import com.brewski.application.orders.ShippingRules;
import com.brewski.domain.identity.Team;
import com.brewski.domain.orders.ShippingRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.brewski.adapters.persistence.OrdersFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link ShippingRules} port on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqShippingRulesTest {
    private OrdersFixture fx;
    private ShippingRules rules;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        rules = fx.shippingRules;
    }

    private static ShippingRule rule(Team team, String name, long amount, long minSubtotal, Long freeAbove) {
        return new ShippingRule(UUID.randomUUID(), team.id().value(), name, amount, minSubtotal, freeAbove, at(0), at(0));
    }

    private void store(ShippingRule... list) {
        fx.persistence.transactions().run(() -> Stream.of(list).forEach(rules::insert));
    }

    @Test
    void a_teams_rules_come_by_minimum_subtotal_then_id() {
        Team team = fx.team("Lantern Brewery");
        Team other = fx.team("Other Brewery");
        ShippingRule pallet = rule(team, "Pallet", 5_500, 50_000, 200_000L);
        ShippingRule standard = rule(team, "Standard", 1_500, 0, null);
        ShippingRule tieA = rule(team, "Van A", 3_000, 20_000, null);
        ShippingRule tieB = rule(team, "Van B", 2_500, 20_000, null);
        store(pallet, standard, tieA, tieB, rule(other, "Elsewhere", 100, 0, null));

        List<ShippingRule> ties = Stream.of(tieA, tieB).sorted(Comparator.comparing(r -> r.id().toString())).toList();
        assertThat(rules.of(team.id())).containsExactly(standard, ties.get(0), ties.get(1), pallet);
        assertThat(rules.of(other.id())).extracting(ShippingRule::name).containsExactly("Elsewhere");
        assertThat(rules.of(fx.team("Empty Brewery").id())).isEmpty();
    }

    @Test
    void a_rule_round_trips_by_id_and_an_unknown_id_is_empty() {
        Team team = fx.team("Lantern Brewery");
        ShippingRule pallet = rule(team, "Pallet", 5_500, 50_000, 200_000L);
        store(pallet);

        assertThat(rules.byId(pallet.id())).contains(pallet);
        assertThat(rules.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void update_changes_every_field_but_team_and_creation_time() {
        Team team = fx.team("Lantern Brewery");
        ShippingRule pallet = rule(team, "Pallet", 5_500, 50_000, 200_000L);
        store(pallet);
        ShippingRule changed = new ShippingRule(pallet.id(), pallet.teamId(), "Half pallet", 3_000, 25_000, null,
                pallet.createdAt(), at(60));

        fx.persistence.transactions().run(() -> rules.update(changed));

        assertThat(rules.byId(pallet.id())).contains(changed);
        assertThatThrownBy(() -> rules.update(rule(team, "Never stored", 1, 0, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void delete_removes_only_that_rule() {
        Team team = fx.team("Lantern Brewery");
        ShippingRule pallet = rule(team, "Pallet", 5_500, 50_000, null);
        ShippingRule standard = rule(team, "Standard", 1_500, 0, null);
        store(pallet, standard);

        fx.persistence.transactions().run(() -> rules.delete(pallet.id()));
        rules.delete(UUID.randomUUID()); // nothing to delete is no error

        assertThat(rules.byId(pallet.id())).isEmpty();
        assertThat(rules.of(team.id())).containsExactly(standard);
    }
}
