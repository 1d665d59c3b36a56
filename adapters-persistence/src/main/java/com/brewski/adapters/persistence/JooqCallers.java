package com.brewski.adapters.persistence;

import com.brewski.application.identity.Callers;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;

import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.MEMBERSHIPS;
import static com.brewski.adapters.persistence.jooq.Tables.SESSIONS;
import static com.brewski.adapters.persistence.jooq.Tables.USERS;

/** The session, user and platform role behind an access token in one statement (sessions joined to users and memberships). */
final class JooqCallers implements Callers {
    private final JooqTransactions transactions;

    JooqCallers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<SessionCaller> byAccessHash(String accessHash) {
        return transactions.dsl()
                .select(SESSIONS.fields())
                .select(USERS.EMAIL, MEMBERSHIPS.ROLE)
                .from(SESSIONS)
                .join(USERS).on(USERS.ID.eq(SESSIONS.USER_ID))
                .leftJoin(MEMBERSHIPS).on(MEMBERSHIPS.USER_ID.eq(USERS.ID)
                        .and(MEMBERSHIPS.DEACTIVATED.isFalse())
                        .and(MEMBERSHIPS.TEAM_ID.eq(JooqTeams.PLATFORM_TEAM.value())))
                .where(SESSIONS.ACCESS_HASH.eq(accessHash))
                .fetchOptional(row -> new SessionCaller(JooqSessions.toSession(row.into(SESSIONS)), new Email(row.get(USERS.EMAIL)),
                        Optional.ofNullable(row.get(MEMBERSHIPS.ROLE)).map(role -> PlatformRole.parse("role", role))));
    }
}
