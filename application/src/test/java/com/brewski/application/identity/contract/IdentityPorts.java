package com.brewski.application.identity.contract;

import com.brewski.application.identity.Memberships;
import com.brewski.application.identity.Sessions;
import com.brewski.application.identity.Teams;
import com.brewski.application.identity.Users;
import com.brewski.application.shared.Transactions;

/** The identity ports of one implementation, over one store, sharing its transactions. */
public record IdentityPorts(Transactions transactions, Users users, Teams teams, Memberships memberships, Sessions sessions) {}
