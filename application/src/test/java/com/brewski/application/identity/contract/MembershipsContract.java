package com.brewski.application.identity.contract;

import com.brewski.application.identity.Memberships;
import com.brewski.application.identity.Memberships.MemberView;
import com.brewski.application.identity.Memberships.TeamMembershipView;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every {@link Memberships} implementation promises. */
public abstract class MembershipsContract extends IdentityContract {

    private Memberships memberships() {
        return ports.memberships();
    }

    private void save(Membership... list) {
        tx().run(() -> memberships().saveAll(List.of(list)));
    }

    private static Membership changed(Membership m, String role, boolean deactivated, long updatedSecondsAfterT0) {
        return Membership.restore(m.id(), m.teamId(), m.userId(), role, deactivated, m.createdAt(), at(updatedSecondsAfterT0));
    }

    @Test
    void saved_memberships_are_found_by_team_and_user_with_every_field() {
        Team team = storedTeam("Hop House");
        User ann = storedUser("Ann");
        Membership owner = membership(team, ann, "owner", at(1));
        save(owner);

        assertThat(memberships().of(team.id(), ann.id())).get().usingRecursiveComparison().isEqualTo(owner);
        assertThat(memberships().ofTeam(team.id())).usingRecursiveFieldByFieldElementComparator().containsExactly(owner);
    }

    @Test
    void unknown_memberships_are_not_found() {
        Team team = storedTeam("Hop House");
        User ann = storedUser("Ann");

        assertThat(memberships().of(team.id(), ann.id())).isEmpty();
        assertThat(memberships().of(new TeamId(UUID.randomUUID()), new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(memberships().ofTeam(team.id())).isEmpty();
    }

    @Test
    void save_all_updates_existing_memberships_and_inserts_new_ones_in_one_call() {
        Team team = storedTeam("Hop House");
        User ann = storedUser("Ann");
        User bob = storedUser("Bob");
        Membership annMember = membership(team, ann, "member", at(1));
        save(annMember);

        Membership annAdmin = changed(annMember, "admin", true, 50);
        Membership bobOwner = membership(team, bob, "owner", at(2));
        save(annAdmin, bobOwner);

        assertThat(memberships().of(team.id(), ann.id())).get().usingRecursiveComparison().isEqualTo(annAdmin);
        assertThat(memberships().ofTeam(team.id())).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(annAdmin, bobOwner);
    }

    @Test
    void save_all_of_nothing_changes_nothing() {
        Team team = storedTeam("Hop House");

        tx().run(() -> memberships().saveAll(List.of()));

        assertThat(memberships().ofTeam(team.id())).isEmpty();
    }

    @Test
    void of_team_lists_every_membership_including_deactivated_ones_oldest_first() {
        Team team = storedTeam("Hop House");
        Team other = storedTeam("Other");
        User ann = storedUser("Ann");
        User bob = storedUser("Bob");
        User cat = storedUser("Cat");
        Membership third = membership(team, ann, "member", at(30));
        Membership first = membership(team, bob, "owner", at(10));
        Membership second = changed(membership(team, cat, "admin", at(20)), "admin", true, 40);
        save(third, first, second, membership(other, ann, "owner", at(5)));

        assertThat(memberships().ofTeam(team.id())).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(first, second, third);
    }

    @Test
    void active_of_lists_active_brewery_memberships_with_team_names_oldest_first() {
        User ann = storedUser("Ann");
        User bob = storedUser("Bob");
        Team later = storedTeam("Later Brewing");
        Team earlier = storedTeam("Earlier Ales");
        Team left = storedTeam("Left Behind");
        save(membership(later, ann, "admin", at(20)),
                membership(earlier, ann, "member", at(10)),
                changed(membership(left, ann, "member", at(5)), "member", true, 30),
                membership(ports.teams().platformTeamId(), ann, "su", at(1)),
                membership(later, bob, "owner", at(2)));

        assertThat(memberships().activeOf(ann.id())).containsExactly(
                new TeamMembershipView(earlier.id(), "Earlier Ales", "member"),
                new TeamMembershipView(later.id(), "Later Brewing", "admin"));
    }

    @Test
    void active_of_a_user_without_memberships_is_empty() {
        User ann = storedUser("Ann");

        assertThat(memberships().activeOf(ann.id())).isEmpty();
    }

    @Test
    void members_pages_a_teams_members_oldest_first_with_their_user_details_and_totals() {
        Team team = storedTeam("Hop House");
        Team other = storedTeam("Other");
        List<User> users = new ArrayList<>();
        List<Membership> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            User user = storedUser("Member" + i);
            users.add(user);
            expected.add(membership(team, user, i == 0 ? "owner" : "member", at(100 + i)));
        }
        expected.set(3, changed(expected.get(3), "member", true, 500));
        save(expected.get(4), expected.get(2), expected.get(0), expected.get(3), expected.get(1),
                membership(other, users.get(0), "owner", at(1)));

        Page<MemberView> first = memberships().members(team.id(), new PageRequest(1, 2));
        Page<MemberView> last = memberships().members(team.id(), new PageRequest(3, 2));
        Page<MemberView> beyond = memberships().members(team.id(), new PageRequest(4, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.pageSize()).isEqualTo(2);
        assertThat(first.results()).extracting(v -> v.membership().id())
                .containsExactly(expected.get(0).id(), expected.get(1).id());
        assertThat(first.results().get(0)).usingRecursiveComparison()
                .isEqualTo(new MemberView(expected.get(0), users.get(0).email().value(), "Member0"));
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.results()).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(new MemberView(expected.get(4), users.get(4).email().value(), "Member4"));
        assertThat(beyond.results()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(memberships().members(team.id(), new PageRequest(2, 2)).results())
                .extracting(v -> v.membership().id(), v -> v.membership().deactivated())
                .containsExactly(
                        tuple(expected.get(2).id(), false),
                        tuple(expected.get(3).id(), true));
    }

    @Test
    void members_of_a_team_without_members_is_an_empty_page() {
        Team team = storedTeam("Hop House");

        Page<MemberView> page = memberships().members(team.id(), PageRequest.DEFAULT);

        assertThat(page.results()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.pages()).isZero();
    }
}
