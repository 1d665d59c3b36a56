package com.brewski.application.identity;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.User;
import com.brewski.domain.shared.Unauthenticated;

import java.util.List;
import java.util.Optional;

/** What a signed-in user sees of themselves. */
public final class Profile {
    private final Users users;
    private final Memberships memberships;
    private final Transactions transactions;

    public Profile(Users users, Memberships memberships, Transactions transactions) {
        this.users = users;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public record Me(User user, List<Memberships.TeamMembershipView> memberships, Optional<PlatformRole> platformAccess) {}

    public Me me(Caller caller) {
        return transactions.inTransaction(() -> {
            User user = users.byId(caller.userId()).orElseThrow(Unauthenticated::new);
            return new Me(user, memberships.activeOf(caller.userId()), caller.platformRole());
        });
    }
}
