package com.brewski.application.identity;

import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.Password;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.PlatformStaff;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Platform staff: super users grant and revoke su/support; the first admin is created at start. */
public final class ManagePlatformAccess {
    private final Teams teams;
    private final Memberships memberships;
    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManagePlatformAccess(Teams teams, Memberships memberships, Users users, PasswordHasher hasher,
                                Transactions transactions, Clock clock, Ids ids) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** Creates the first platform admin with role su when that user does not exist yet. Answers whether it did. */
    public boolean ensureAdmin(String rawEmail, String rawPassword) {
        Email email = new Email(rawEmail);
        Password password = new Password(rawPassword);
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (users.byEmailForUpdate(email).isPresent()) return false;
            Instant now = clock.instant();
            User admin = User.registered(new UserId(ids.newId()), email, "Platform admin", hash, now);
            users.insert(admin);
            PlatformStaff staff = lockedStaff();
            memberships.saveAll(List.of(staff.grant(null, admin.id(), PlatformRole.SU, ids.newId(), now)));
            return true;
        });
    }

    public Page<Memberships.MemberView> members(Caller caller, PageRequest page) {
        if (!caller.hasPlatformAccess()) throw new Forbidden("forbidden");
        return transactions.inTransaction(() -> memberships.members(teams.platformTeamId(), page));
    }

    /** Grants su or support to the user with that email (who must have an account). */
    public Memberships.MemberView grant(Caller caller, String rawEmail, PlatformRole role) {
        if (caller.platformRole().filter(r -> r == PlatformRole.SU).isEmpty())
            throw new Forbidden("Only super users can manage platform access");
        Email email = new Email(rawEmail);
        return transactions.inTransaction(() -> {
            PlatformStaff staff = lockedStaff();
            User user = users.byEmail(email).orElseThrow(() -> new NotFound("User not found"));
            Membership membership = staff.grant(caller.userId(), user.id(), role, ids.newId(), clock.instant());
            memberships.saveAll(List.of(membership));
            return new Memberships.MemberView(membership, user.email().value(), user.name());
        });
    }

    public void revoke(Caller caller, UserId userId) {
        transactions.run(() -> {
            PlatformStaff staff = lockedStaff();
            memberships.saveAll(List.of(staff.revoke(caller.userId(), userId, clock.instant())));
        });
    }

    private PlatformStaff lockedStaff() {
        TeamId platform = teams.platformTeamId();
        teams.byIdForUpdate(platform).orElseThrow(() -> new IllegalStateException("platform team missing"));
        return new PlatformStaff(platform, memberships.ofTeam(platform));
    }
}
