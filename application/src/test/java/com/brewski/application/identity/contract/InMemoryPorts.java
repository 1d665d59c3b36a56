package com.brewski.application.identity.contract;

import com.brewski.application.testing.InMemoryMemberships;
import com.brewski.application.testing.InMemorySessions;
import com.brewski.application.testing.InMemoryTeams;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.application.testing.InMemoryUsers;

/** The in-memory identity ports over one empty store. */
final class InMemoryPorts {
    private InMemoryPorts() {}

    static IdentityPorts create() {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryTeams teams = new InMemoryTeams();
        return new IdentityPorts(new InMemoryTransactions(), users, teams, new InMemoryMemberships(teams, users), new InMemorySessions());
    }
}
