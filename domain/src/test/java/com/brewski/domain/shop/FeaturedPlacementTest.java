package com.brewski.domain.shop;

import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.groups.GroupRole;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeaturedPlacementTest {
    private static final Instant T0 = Instant.parse("2025-07-28T09:00:00Z");
    private static final Instant T1 = Instant.parse("2025-07-29T09:00:00Z");
    private final TeamId team = new TeamId(UUID.randomUUID());

    private static BreweryGroup group(GroupStatus status, boolean shopVisible) {
        return new BreweryGroup(UUID.randomUUID(), "Northern Alliance", "northern-alliance", status, shopVisible, null, null, T0, T0);
    }

    private Optional<GroupMember> member(BreweryGroup g, GroupMemberStatus status) {
        return Optional.of(new GroupMember(UUID.randomUUID(), g.id(), team, GroupRole.MEMBER, status, T0, T0));
    }

    @Test
    void positions_are_1_or_2() {
        assertThat(SlotPosition.parse("1").value()).isEqualTo(1);
        assertThat(SlotPosition.parse("2").other()).isEqualTo(new SlotPosition(1));
        for (String bad : new String[]{"0", "3", "-1", "x", "", "1.0", "999999999999"}) {
            assertThatThrownBy(() -> SlotPosition.parse(bad)).isInstanceOfSatisfying(InvalidField.class,
                    e -> assertThat(e.field()).isEqualTo("position"));
        }
    }

    @Test
    void an_active_or_invited_member_of_an_active_shop_visible_group_may_be_placed() {
        BreweryGroup g = group(GroupStatus.ACTIVE, true);
        for (GroupMemberStatus status : new GroupMemberStatus[]{GroupMemberStatus.ACTIVE, GroupMemberStatus.INVITED}) {
            FeaturedPlacement p = FeaturedPlacement.place(Optional.empty(), UUID.randomUUID(), new SlotPosition(1), team,
                    Optional.of(g), member(g, status), T0);
            assertThat(p.groupId()).isEqualTo(g.id());
            assertThat(p.createdAt()).isEqualTo(T0);
        }
    }

    @Test
    void a_hidden_retired_unknown_or_unlinked_group_is_refused_naming_groupId() {
        BreweryGroup hidden = group(GroupStatus.ACTIVE, false);
        BreweryGroup retired = group(GroupStatus.RETIRED, true);
        BreweryGroup fine = group(GroupStatus.ACTIVE, true);
        refused(Optional.of(hidden), member(hidden, GroupMemberStatus.ACTIVE));
        refused(Optional.of(retired), member(retired, GroupMemberStatus.ACTIVE));
        refused(Optional.of(fine), member(fine, GroupMemberStatus.RETIRED));
        refused(Optional.of(fine), Optional.empty());
        refused(Optional.empty(), Optional.empty());
    }

    private void refused(Optional<BreweryGroup> g, Optional<GroupMember> m) {
        assertThatThrownBy(() -> FeaturedPlacement.place(Optional.empty(), UUID.randomUUID(), new SlotPosition(2), team, g, m, T0))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("groupId"));
    }

    @Test
    void replacing_a_slot_keeps_its_id_and_creation_time() {
        BreweryGroup first = group(GroupStatus.ACTIVE, true);
        BreweryGroup second = group(GroupStatus.ACTIVE, true);
        FeaturedPlacement placed = FeaturedPlacement.place(Optional.empty(), UUID.randomUUID(), new SlotPosition(1), team,
                Optional.of(first), member(first, GroupMemberStatus.ACTIVE), T0);
        FeaturedPlacement replaced = FeaturedPlacement.place(Optional.of(placed), UUID.randomUUID(), new SlotPosition(1), team,
                Optional.of(second), member(second, GroupMemberStatus.ACTIVE), T1);
        assertThat(replaced.id()).isEqualTo(placed.id());
        assertThat(replaced.createdAt()).isEqualTo(T0);
        assertThat(replaced.updatedAt()).isEqualTo(T1);
        assertThat(replaced.groupId()).isEqualTo(second.id());
    }
}
