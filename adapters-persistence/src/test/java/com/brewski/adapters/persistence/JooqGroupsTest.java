package com.brewski.adapters.persistence;

import com.brewski.application.groups.Groups;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.groups.GroupRole;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.groups.InvitationStatus;
import com.brewski.domain.identity.TeamId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Groups} on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqGroupsTest {
    private CatalogueSeed seed;
    private Groups groups;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        groups = seed.groups;
    }

    private static String uniqueSlug(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BreweryGroup group(String name) {
        BreweryGroup group = BreweryGroup.found(UUID.randomUUID(), name, uniqueSlug(BreweryGroup.slugOf(name)), "North",
                "Shared deliveries", T0);
        assertThat(groups.insert(group)).isTrue();
        return group;
    }

    private GroupMember member(BreweryGroup group, TeamId team, GroupRole role, GroupMemberStatus status, long at) {
        return new GroupMember(UUID.randomUUID(), group.id(), team, role, status, at(at), at(at));
    }

    @Test
    void an_inserted_group_reads_back_equal() {
        BreweryGroup group = group("Yorkshire Brewers");
        BreweryGroup bare = new BreweryGroup(UUID.randomUUID(), "Bare", uniqueSlug("bare"), GroupStatus.RETIRED, true,
                null, null, T0, at(1));
        groups.insert(bare);

        assertThat(groups.byId(group.id())).contains(group);
        assertThat(groups.byId(bare.id())).contains(bare);
        assertThat(groups.byId(UUID.randomUUID())).isEmpty();
        assertThat(groups.byIdForUpdate(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_taken_slug_inserts_nothing_answers_false_and_leaves_the_transaction_usable() {
        BreweryGroup first = group("Slug clash");
        BreweryGroup clash = BreweryGroup.found(UUID.randomUUID(), "Slug Clash!", first.slug(), null, null, at(1));
        BreweryGroup retry = BreweryGroup.found(clash.id(), "Slug Clash!", first.slug() + "-2", null, null, at(1));

        boolean[] outcomes = seed.tx.inTransaction(() -> new boolean[] {groups.insert(clash), groups.insert(retry)});

        assertThat(outcomes).containsExactly(false, true);
        assertThat(groups.byId(first.id())).contains(first);
        assertThat(groups.byId(clash.id())).contains(retry);
    }

    @Test
    void update_changes_everything_but_identity_slug_and_creation() {
        BreweryGroup group = group("Before");
        BreweryGroup changed = new BreweryGroup(group.id(), "After", group.slug(), GroupStatus.RETIRED, true, "South",
                null, group.createdAt(), at(99));

        groups.update(changed);

        assertThat(groups.byId(group.id())).contains(changed);
    }

    @Test
    void by_id_for_update_holds_the_row_lock_until_the_transaction_ends() throws Exception {
        BreweryGroup group = group("Locked");
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> seed.tx.run(() -> {
                assertThat(groups.byIdForUpdate(group.id())).contains(group);
                locked.countDown();
                sleep(300);
                events.add("holder done");
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> waiter = pool.submit(() -> seed.tx.run(() -> {
                groups.byIdForUpdate(group.id()).orElseThrow();
                events.add("waiter locked");
            }));
            holder.get(30, TimeUnit.SECONDS);
            waiter.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events).containsExactly("holder done", "waiter locked");
    }

    @Test
    void of_team_lists_groups_where_the_team_is_active_or_invited_by_name() {
        TeamId team = seed.team("Member team");
        TeamId other = seed.team("Other team");
        BreweryGroup charlie = group("Charlie group");
        BreweryGroup alpha = group("Alpha group");
        BreweryGroup bravo = group("Bravo group");
        BreweryGroup left = group("Left group");
        BreweryGroup notMine = group("Not mine");
        groups.saveMembers(List.of(
                member(charlie, team, GroupRole.OWNER, GroupMemberStatus.ACTIVE, 1),
                member(alpha, team, GroupRole.MEMBER, GroupMemberStatus.INVITED, 2),
                member(bravo, team, GroupRole.ADMIN, GroupMemberStatus.ACTIVE, 3),
                member(bravo, other, GroupRole.OWNER, GroupMemberStatus.ACTIVE, 3),
                member(left, team, GroupRole.MEMBER, GroupMemberStatus.RETIRED, 4),
                member(notMine, other, GroupRole.OWNER, GroupMemberStatus.ACTIVE, 5)));

        assertThat(groups.ofTeam(team)).containsExactly(alpha, bravo, charlie);
        assertThat(groups.ofTeam(seed.team("Loner"))).isEmpty();
    }

    @Test
    void members_are_saved_by_id_listed_oldest_first_and_found_per_team() {
        TeamId founder = seed.team("Founder");
        TeamId joiner = seed.team("Joiner");
        BreweryGroup group = group("Roster");
        BreweryGroup otherGroup = group("Other roster");
        GroupMember owner = member(group, founder, GroupRole.OWNER, GroupMemberStatus.ACTIVE, 1);
        GroupMember invited = member(group, joiner, GroupRole.MEMBER, GroupMemberStatus.INVITED, 2);
        groups.saveMembers(List.of(invited, owner, member(otherGroup, founder, GroupRole.OWNER, GroupMemberStatus.ACTIVE, 1)));

        assertThat(groups.members(group.id())).containsExactly(owner, invited);
        assertThat(groups.member(group.id(), joiner)).contains(invited);
        assertThat(groups.member(group.id(), seed.team("Stranger"))).isEmpty();

        GroupMember promoted = new GroupMember(invited.id(), group.id(), joiner, GroupRole.ADMIN, GroupMemberStatus.ACTIVE,
                invited.createdAt(), at(50));
        GroupMember retired = new GroupMember(owner.id(), group.id(), founder, GroupRole.OWNER, GroupMemberStatus.RETIRED,
                owner.createdAt(), at(51));
        groups.saveMembers(List.of(promoted, retired));
        groups.saveMembers(List.of());

        assertThat(groups.members(group.id())).containsExactly(retired, promoted);
    }

    @Test
    void invitations_are_saved_by_id_and_listed_oldest_first() {
        TeamId host = seed.team("Host");
        TeamId guest = seed.team("Guest");
        TeamId guest2 = seed.team("Guest 2");
        BreweryGroup group = group("Invites");
        GroupInvitation later = new GroupInvitation(UUID.randomUUID(), group.id(), guest2, host, InvitationStatus.PENDING,
                at(20).plus(GroupInvitation.LIFETIME), at(20), at(20));
        GroupInvitation earlier = new GroupInvitation(UUID.randomUUID(), group.id(), guest, host, InvitationStatus.PENDING,
                at(10).plus(GroupInvitation.LIFETIME), at(10), at(10));
        groups.saveInvitations(List.of(later, earlier));

        assertThat(groups.invitations(group.id())).containsExactly(earlier, later);

        GroupInvitation accepted = new GroupInvitation(earlier.id(), group.id(), guest, host, InvitationStatus.ACCEPTED,
                earlier.expiresAt(), earlier.createdAt(), at(30));
        groups.saveInvitations(List.of(accepted));
        groups.saveInvitations(List.of());

        assertThat(groups.invitations(group.id())).containsExactly(accepted, later);
        assertThat(groups.invitations(group("Empty invites").id())).isEmpty();
    }

    @Test
    void team_names_come_in_one_map_and_unknown_ids_are_absent() {
        TeamId brewery = seed.team("Brewery One");
        TeamId other = seed.team("Brewery Two");
        TeamId unknown = new TeamId(UUID.randomUUID());

        Map<TeamId, String> names = groups.teamNames(List.of(brewery, other, unknown, brewery));

        assertThat(names).containsOnly(Map.entry(brewery, "Brewery One"), Map.entry(other, "Brewery Two"));
        assertThat(groups.teamNames(List.of())).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
