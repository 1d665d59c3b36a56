package com.brewski.application.identity;

import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.identity.TeamRoster;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Creating teams and managing their members. */
public final class ManageTeams {
    private final Teams teams;
    private final Memberships memberships;
    private final Users users;
    private final TeamAccess access;
    private final List<TeamSetUp> setUps;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageTeams(Teams teams, Memberships memberships, Users users, TeamAccess access, List<TeamSetUp> setUps,
                       Transactions transactions, Clock clock, Ids ids) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.setUps = List.copyOf(setUps);
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** What a new team needs besides its row (default containers, pricebook, …), run in the same transaction. */
    public interface TeamSetUp {
        void setUp(Team team, Instant now);
    }

    public record TeamCreated(Team team, Membership membership) {}

    /** Creates a team from its name and initial settings; the caller becomes its owner. */
    public TeamCreated create(Caller caller, String name, SettingsChange initial) {
        TeamSettings settings = TeamSettings.defaults(name).apply(initial);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PublicSlug base = PublicSlug.fromName(settings.name());
            Team team = Team.create(new TeamId(ids.newId()), settings, base.firstFree(teams.slugsLike(base)), now);
            teams.insert(team);
            TeamRoster roster = TeamRoster.founded(team.id(), caller.userId(), ids.newId(), now);
            memberships.saveAll(roster.memberships());
            for (TeamSetUp setUp : setUps) setUp.setUp(team, now);
            return new TeamCreated(team, roster.memberships().getFirst());
        });
    }

    public Team get(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> access.requireMember(caller, teamId));
    }

    public Page<Memberships.MemberView> members(Caller caller, TeamId teamId, PageRequest page) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return memberships.members(teamId, page);
        });
    }

    /** Adds a member by email; someone not yet registered gets an account to complete later. */
    public Memberships.MemberView add(Caller caller, TeamId teamId, String rawEmail, TeamRole role) {
        Email email = new Email(rawEmail);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            access.requireManager(caller, teamId);
            TeamRoster roster = lockedRoster(teamId);
            User user = users.byEmail(email).orElseGet(() -> {
                User invited = User.invited(new UserId(ids.newId()), email, now);
                users.insert(invited);
                return invited;
            });
            Membership membership = roster.add(caller.userId(), user.id(), role, ids.newId(), now);
            memberships.saveAll(List.of(membership));
            return new Memberships.MemberView(membership, user.email().value(), user.name());
        });
    }

    public Memberships.MemberView changeRole(Caller caller, TeamId teamId, UserId userId, TeamRole role) {
        return change(caller, teamId, userId, roster -> roster.changeRole(caller.userId(), userId, role, clock.instant()));
    }

    public Memberships.MemberView remove(Caller caller, TeamId teamId, UserId userId) {
        return change(caller, teamId, userId, roster -> roster.deactivate(caller.userId(), userId, clock.instant()));
    }

    public Memberships.MemberView promoteToOwner(Caller caller, TeamId teamId, UserId userId) {
        return change(caller, teamId, userId, roster -> roster.promoteToOwner(caller.userId(), userId, clock.instant()));
    }

    private Memberships.MemberView change(Caller caller, TeamId teamId, UserId userId, Function<TeamRoster, Membership> change) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            Membership membership = change.apply(lockedRoster(teamId));
            memberships.saveAll(List.of(membership));
            User user = users.byId(userId).orElseThrow(() -> new NotFound("Member not found"));
            return new Memberships.MemberView(membership, user.email().value(), user.name());
        });
    }

    private TeamRoster lockedRoster(TeamId teamId) {
        teams.byIdForUpdate(teamId).orElseThrow(() -> new NotFound("Team not found"));
        return new TeamRoster(teamId, memberships.ofTeam(teamId));
    }
}
