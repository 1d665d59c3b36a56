package com.brewski.application.orders;

import com.brewski.application.groups.ManageGroups;
import com.brewski.application.identity.Caller;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.clients.Client;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimGroupOrdersTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller lanternOwner = f.user("owner@lantern.example");
    private final Team lantern = f.team(lanternOwner, "Lantern Brewery");
    private final Caller hopOwner = f.user("owner@hop.example");
    private final Team hop = f.team(hopOwner, "Hop Co");
    private final Caller malthouseOwner = f.user("owner@malthouse.example");
    private final Team malthouse = f.team(malthouseOwner, "Malthouse");
    private final Caller outsiderOwner = f.user("owner@outsider.example");
    private final Team outsider = f.team(outsiderOwner, "Outsider Ales");
    private final BreweryGroup group = f.group(lanternOwner, lantern.id(), "North Sharing");
    private final Client pub = f.client(lanternOwner, lantern.id(), "The Crown");
    private final UUID orderId;

    ClaimGroupOrdersTest() {
        f.join(group.id(), lanternOwner, lantern.id(), hopOwner, hop.id());
        f.join(group.id(), lanternOwner, lantern.id(), malthouseOwner, malthouse.id());
        orderId = f.manageOrders.create(lanternOwner, OrderInputs.newOrder(lantern.id(), pub.id()).group(group.id()).build())
                .header().id();
    }

    private OrderView.Header stored() {
        return f.manageOrders.get(lanternOwner, orderId).header();
    }

    private List<ActivityEntry> activityOf(Caller caller, TeamId team) {
        return f.readActivity.list(caller, team, "orders", PageRequest.DEFAULT).results();
    }

    @Test
    void a_member_team_claims_an_unclaimed_order_and_starts_collating() {
        OrderView claimed = f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        assertThat(claimed.header().groupClaimTeamId()).isEqualTo(hop.id());
        assertThat(claimed.header().groupClaimTeamName()).isEqualTo("Hop Co");
        assertThat(claimed.header().groupClaimStatus()).isEqualTo(GroupClaimStatus.COLLATING);
        assertThat(stored().groupClaimTeamId()).isEqualTo(hop.id());
    }

    @Test
    void a_claim_is_written_to_the_activity_of_the_order_team_and_the_claimant() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());

        for (var seen : List.of(activityOf(lanternOwner, lantern.id()), activityOf(hopOwner, hop.id()))) {
            assertThat(seen).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("orders.group.claimed");
                assertThat(e.message()).isEqualTo("Hop Co claimed group shipping of order ORD-00001");
                assertThat(e.actorId()).isEqualTo(hopOwner.userId());
                assertThat(e.relatedIds()).containsExactly(orderId, group.id());
                assertThat(e.createdAt()).isEqualTo(f.clock.instant());
            });
        }
        assertThat(activityOf(malthouseOwner, malthouse.id())).isEmpty();
    }

    @Test
    void claiming_a_claimed_order_is_a_conflict() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        assertThatThrownBy(() -> f.claimGroupOrders.claim(malthouseOwner, orderId, malthouse.id())).isInstanceOf(Conflict.class);
        assertThat(stored().groupClaimTeamId()).isEqualTo(hop.id());
    }

    @Test
    void only_active_member_teams_claim_and_only_through_their_own_members() {
        assertThatThrownBy(() -> f.claimGroupOrders.claim(outsiderOwner, orderId, outsider.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.claimGroupOrders.claim(outsiderOwner, orderId, hop.id())).isInstanceOf(Forbidden.class);

        f.manageGroups.leave(malthouseOwner, group.id(), malthouse.id());
        assertThatThrownBy(() -> f.claimGroupOrders.claim(malthouseOwner, orderId, malthouse.id())).isInstanceOf(Forbidden.class);

        assertThat(stored().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        assertThat(f.activity.list(lantern.id(), null, PageRequest.DEFAULT).total()).isZero();
    }

    @Test
    void a_plain_member_of_a_member_team_may_claim_for_it() {
        Caller brewer = f.member(hopOwner, hop.id(), "brewer@hop.example", TeamRole.MEMBER);
        assertThat(f.claimGroupOrders.claim(brewer, orderId, hop.id()).header().groupClaimTeamId()).isEqualTo(hop.id());
    }

    @Test
    void the_claim_team_transfers_to_another_member_team_and_all_three_teams_see_it() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        OrderView moved = f.claimGroupOrders.transfer(hopOwner, orderId, malthouse.id());
        assertThat(moved.header().groupClaimTeamId()).isEqualTo(malthouse.id());
        assertThat(moved.header().groupClaimStatus()).isEqualTo(GroupClaimStatus.COLLATING);

        for (var team : List.of(lantern, hop, malthouse)) {
            assertThat(f.activity.list(team.id(), "orders", PageRequest.DEFAULT).results().getFirst().type())
                    .isEqualTo("orders.group.transferred");
        }
    }

    @Test
    void transfers_need_the_claim_team_a_different_active_target_and_dispatch_not_started() {
        assertThatThrownBy(() -> f.claimGroupOrders.transfer(lanternOwner, orderId, hop.id())).isInstanceOf(Conflict.class);
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());

        assertThatThrownBy(() -> f.claimGroupOrders.transfer(lanternOwner, orderId, malthouse.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.claimGroupOrders.transfer(hopOwner, orderId, hop.id()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("teamId"));
        assertThatThrownBy(() -> f.claimGroupOrders.transfer(hopOwner, orderId, outsider.id())).isInstanceOf(Forbidden.class);

        f.manageOrders.dispatch(lanternOwner, orderId, DispatchStatus.DISPATCHED);
        assertThatThrownBy(() -> f.claimGroupOrders.transfer(hopOwner, orderId, malthouse.id())).isInstanceOf(Conflict.class);
        assertThat(stored().groupClaimTeamId()).isEqualTo(hop.id());
    }

    @Test
    void the_claim_team_releases_the_order_back_to_the_group() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        assertThatThrownBy(() -> f.claimGroupOrders.release(malthouseOwner, orderId)).isInstanceOf(Forbidden.class);

        OrderView released = f.claimGroupOrders.release(hopOwner, orderId);
        assertThat(released.header().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        assertThat(released.header().groupClaimTeamId()).isNull();
        assertThat(activityOf(hopOwner, hop.id())).extracting(ActivityEntry::type)
                .containsExactly("orders.group.released", "orders.group.claimed");

        assertThatThrownBy(() -> f.claimGroupOrders.release(hopOwner, orderId)).isInstanceOf(Conflict.class);
        assertThat(f.claimGroupOrders.claim(malthouseOwner, orderId, malthouse.id()).header().groupClaimTeamId())
                .isEqualTo(malthouse.id());
    }

    @Test
    void a_release_after_dispatch_started_is_a_conflict() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        f.manageOrders.dispatch(lanternOwner, orderId, DispatchStatus.PACKED);
        assertThat(f.claimGroupOrders.release(hopOwner, orderId).header().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);

        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        f.manageOrders.dispatch(lanternOwner, orderId, DispatchStatus.IN_TRANSIT);
        assertThatThrownBy(() -> f.claimGroupOrders.release(hopOwner, orderId)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_claim_that_loses_the_race_is_a_conflict_that_changes_nothing() {
        f.documents.clear();
        f.orders.loseNextClaimRace();
        assertThatThrownBy(() -> f.claimGroupOrders.claim(hopOwner, orderId, hop.id()))
                .isInstanceOf(Conflict.class).hasMessage("Order is already claimed");

        assertThat(stored().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        assertThat(f.activity.list(hop.id(), null, PageRequest.DEFAULT).total()).isZero();
        assertThat(f.activity.list(lantern.id(), null, PageRequest.DEFAULT).total()).isZero();
        assertThat(f.documents.changedOrders()).containsExactly(orderId);

        assertThat(f.claimGroupOrders.claim(hopOwner, orderId, hop.id()).header().groupClaimTeamId()).isEqualTo(hop.id());
    }

    @Test
    void transfers_and_releases_that_lose_the_race_are_conflicts_too() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        f.orders.loseNextClaimRace();
        assertThatThrownBy(() -> f.claimGroupOrders.transfer(hopOwner, orderId, malthouse.id()))
                .isInstanceOf(Conflict.class).hasMessage("Claim data changed during transfer");
        f.orders.loseNextClaimRace();
        assertThatThrownBy(() -> f.claimGroupOrders.release(hopOwner, orderId))
                .isInstanceOf(Conflict.class).hasMessage("Claim data changed mid-release");
        assertThat(stored().groupClaimTeamId()).isEqualTo(hop.id());
        assertThat(activityOf(malthouseOwner, malthouse.id())).isEmpty();
    }

    @Test
    void every_claim_change_is_reported_to_documents_before_it_is_written() {
        f.documents.clear();
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        assertThat(f.documents.last().storedAtReport().header().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        f.claimGroupOrders.transfer(hopOwner, orderId, malthouse.id());
        assertThat(f.documents.last().storedAtReport().header().groupClaimTeamId()).isEqualTo(hop.id());
        f.claimGroupOrders.release(malthouseOwner, orderId);
        assertThat(f.documents.last().storedAtReport().header().groupClaimTeamId()).isEqualTo(malthouse.id());
        assertThat(f.documents.changedOrders()).containsExactly(orderId, orderId, orderId);
    }

    @Test
    void a_retired_group_refuses_claims_and_an_order_without_a_group_has_none_to_claim() {
        f.manageGroups.update(lanternOwner, group.id(), lantern.id(), new ManageGroups.GroupChange(Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.set(GroupStatus.RETIRED), Patch.absent()));
        assertThatThrownBy(() -> f.claimGroupOrders.claim(hopOwner, orderId, hop.id())).isInstanceOf(Conflict.class);

        UUID plain = f.order(lanternOwner, lantern.id(), pub.id()).header().id();
        assertThatThrownBy(() -> f.claimGroupOrders.claim(hopOwner, plain, hop.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.claimGroupOrders.claim(hopOwner, UUID.randomUUID(), hop.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void activity_is_read_by_members_only_and_filtered_by_category() {
        f.claimGroupOrders.claim(hopOwner, orderId, hop.id());
        assertThat(f.readActivity.list(hopOwner, hop.id(), null, PageRequest.DEFAULT).total()).isEqualTo(1);
        assertThat(f.readActivity.list(hopOwner, hop.id(), "payments", PageRequest.DEFAULT).total()).isZero();
        assertThatThrownBy(() -> f.readActivity.list(outsiderOwner, hop.id(), null, PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.readActivity.list(hopOwner, hop.id(), "Orders!", PageRequest.DEFAULT))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("category"));
    }
}
