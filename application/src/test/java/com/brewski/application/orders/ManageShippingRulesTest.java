package com.brewski.application.orders;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.clients.Client;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.ShippingRule;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static com.brewski.application.testing.OrderInputs.customLine;
import static com.brewski.application.testing.OrderInputs.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageShippingRulesTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Client pub = f.client(owner, teamId, "The Crown");

    @Test
    void orders_pick_the_rule_with_the_highest_minimum_they_meet_and_free_shipping_above_its_threshold() {
        f.manageShippingRules.create(owner, teamId, "Local", 1_500L, null, null);
        f.manageShippingRules.create(owner, teamId, "Pallet", 1_000L, 10_000L, 50_000L);
        UUID orderId = f.order(owner, teamId, pub.id()).header().id();

        OrderView small = f.manageOrders.addItem(owner, orderId, customLine("Cask ale", "1", 5_000)).order();
        assertThat(small.shipping().ruleName()).isEqualTo("Local");
        assertThat(small.header().subtotalMinor()).isEqualTo(6_500);

        OrderView large = f.manageOrders.addItem(owner, orderId, customLine("Cask ale", "1", 10_000)).order();
        assertThat(large.shipping().ruleName()).isEqualTo("Pallet");
        assertThat(large.header().subtotalMinor()).isEqualTo(16_000);

        OrderView free = f.manageOrders.addItem(owner, orderId, customLine("Cask ale", "1", 40_000)).order();
        assertThat(free.shipping().amountMinor()).isZero();
        assertThat(free.header().subtotalMinor()).isEqualTo(55_000);

        OrderView manual = f.manageOrders.update(owner, orderId,
                update().shipping(new Shipping.Choice(ShippingMode.MANUAL, 2_000L, "Tail lift")).build());
        assertThat(manual.header().subtotalMinor()).isEqualTo(57_000);
    }

    @Test
    void a_changed_rule_reaches_an_order_on_its_next_change() {
        ShippingRule local = f.manageShippingRules.create(owner, teamId, "Local", 1_500L, null, null);
        UUID orderId = f.order(owner, teamId, pub.id()).header().id();
        f.manageOrders.addItem(owner, orderId, customLine("Cask ale", "1", 5_000));

        f.manageShippingRules.update(owner, local.id(), new ManageShippingRules.RuleChange(Patch.absent(), Patch.set(2_500L),
                Patch.absent(), Patch.absent()));
        assertThat(f.manageOrders.get(owner, orderId).shipping().amountMinor()).isEqualTo(1_500);
        assertThat(f.manageOrders.update(owner, orderId, update().notes("Rear door").build()).shipping().amountMinor())
                .isEqualTo(2_500);

        f.manageShippingRules.delete(owner, local.id());
        assertThat(f.manageOrders.update(owner, orderId, update().notes("Front door").build()).shipping().amountMinor()).isZero();
    }

    @Test
    void members_read_rules_owners_and_admins_write_them_and_other_teams_do_neither() {
        Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
        Caller stranger = f.user("owner@hop.example");
        f.team(stranger, "Hop Co");
        ShippingRule local = f.manageShippingRules.create(owner, teamId, "Local", 1_500L, null, null);

        assertThat(f.manageShippingRules.list(brewer, teamId)).containsExactly(local);
        assertThatThrownBy(() -> f.manageShippingRules.create(brewer, teamId, "Mine", 1L, null, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageShippingRules.delete(brewer, local.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageShippingRules.list(stranger, teamId)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageShippingRules.update(stranger, local.id(), new ManageShippingRules.RuleChange(
                Patch.set("Mine"), Patch.absent(), Patch.absent(), Patch.absent()))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageShippingRules.delete(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertInvalidField(() -> f.manageShippingRules.create(owner, teamId, "Free", null, null, null), "amountMinor");
        assertThat(f.manageShippingRules.list(owner, teamId)).containsExactly(local);
    }
}
