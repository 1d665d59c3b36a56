package com.brewski.domain.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupClaimTest {
    private final TeamId hub = new TeamId(UUID.randomUUID());
    private final TeamId other = new TeamId(UUID.randomUUID());
    private final Instant earliest = Instant.parse("2025-03-10T09:00:00Z");
    private final GroupLink unclaimed = new GroupLink(UUID.randomUUID(), null, null, earliest, null);

    @Test
    void claiming_an_unclaimed_order_starts_collating_for_the_claimant() {
        GroupLink claimed = unclaimed.claimBy(hub);
        assertThat(claimed.claimTeamId()).isEqualTo(hub);
        assertThat(claimed.claimStatus()).isEqualTo(GroupClaimStatus.COLLATING);
        assertThat(claimed.earliestDeliveryAt()).isEqualTo(earliest);
    }

    @Test
    void a_claimed_order_cannot_be_claimed_again() {
        GroupLink claimed = unclaimed.claimBy(hub);
        assertThatThrownBy(() -> claimed.claimBy(other)).isInstanceOf(Conflict.class).hasMessage("Order is already claimed");
    }

    @Test
    void transfer_moves_coordination_to_another_team() {
        GroupLink moved = unclaimed.claimBy(hub).transferTo(other);
        assertThat(moved.claimTeamId()).isEqualTo(other);
        assertThat(moved.claimStatus()).isEqualTo(GroupClaimStatus.COLLATING);
        assertThatThrownBy(() -> moved.transferTo(other)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> unclaimed.transferTo(other)).isInstanceOf(Conflict.class).hasMessage("Order is unclaimed");
    }

    @Test
    void release_returns_the_order_to_the_queue() {
        GroupLink released = unclaimed.claimBy(hub).release();
        assertThat(released.claimTeamId()).isNull();
        assertThat(released.claimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        assertThatThrownBy(released::release).isInstanceOf(Conflict.class).hasMessage("Order is already unclaimed");
    }

    @Test
    void only_pending_and_packed_orders_may_change_hands() {
        assertThat(DispatchStatus.PENDING.isMutable()).isTrue();
        assertThat(DispatchStatus.PACKED.isMutable()).isTrue();
        assertThat(DispatchStatus.DISPATCHED.isMutable()).isFalse();
        assertThat(DispatchStatus.IN_TRANSIT.isMutable()).isFalse();
        assertThat(DispatchStatus.DELIVERED.isMutable()).isFalse();
    }
}
