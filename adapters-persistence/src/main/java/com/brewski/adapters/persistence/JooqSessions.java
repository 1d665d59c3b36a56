package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.SessionsRecord;
import com.brewski.application.identity.Sessions;
import com.brewski.domain.identity.Session;
import com.brewski.domain.identity.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.SESSIONS;

/** Sessions in the {@code sessions} table, found by the hashes of their tokens. */
final class JooqSessions implements Sessions {
    private final JooqTransactions transactions;

    JooqSessions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Session session) {
        transactions.dsl().insertInto(SESSIONS)
                .set(SESSIONS.ID, session.id())
                .set(SESSIONS.FAMILY_ID, session.familyId())
                .set(SESSIONS.USER_ID, session.userId().value())
                .set(SESSIONS.ACCESS_HASH, session.accessHash())
                .set(SESSIONS.ACCESS_EXPIRES_AT, session.accessExpiresAt())
                .set(SESSIONS.REFRESH_HASH, session.refreshHash())
                .set(SESSIONS.REFRESH_EXPIRES_AT, session.refreshExpiresAt())
                .set(SESSIONS.CREATED_AT, session.createdAt())
                .set(SESSIONS.REVOKED_AT, session.revokedAt())
                .execute();
    }

    @Override
    public Optional<Session> byAccessHash(String accessHash) {
        return transactions.dsl().selectFrom(SESSIONS)
                .where(SESSIONS.ACCESS_HASH.eq(accessHash))
                .fetchOptional()
                .map(JooqSessions::toSession);
    }

    @Override
    public Optional<Session> byRefreshHashForUpdate(String refreshHash) {
        return transactions.dsl().selectFrom(SESSIONS)
                .where(SESSIONS.REFRESH_HASH.eq(refreshHash))
                .forUpdate()
                .fetchOptional()
                .map(JooqSessions::toSession);
    }

    @Override
    public void revoke(UUID sessionId, Instant now) {
        transactions.dsl().update(SESSIONS)
                .set(SESSIONS.REVOKED_AT, now)
                .where(SESSIONS.ID.eq(sessionId).and(SESSIONS.REVOKED_AT.isNull()))
                .execute();
    }

    @Override
    public void revokeFamily(UUID familyId, Instant now) {
        transactions.dsl().update(SESSIONS)
                .set(SESSIONS.REVOKED_AT, now)
                .where(SESSIONS.FAMILY_ID.eq(familyId).and(SESSIONS.REVOKED_AT.isNull()))
                .execute();
    }

    static Session toSession(SessionsRecord row) {
        return new Session(row.getId(), row.getFamilyId(), new UserId(row.getUserId()),
                row.getAccessHash(), row.getAccessExpiresAt(),
                row.getRefreshHash(), row.getRefreshExpiresAt(),
                row.getCreatedAt(), row.getRevokedAt());
    }
}
