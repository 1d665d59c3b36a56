package com.brewski.application.testing;

import com.brewski.application.identity.Sessions;
import com.brewski.domain.identity.Session;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySessions implements Sessions {
    private final Map<UUID, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void insert(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> byAccessHash(String accessHash) {
        return sessions.values().stream().filter(s -> s.accessHash().equals(accessHash)).findFirst();
    }

    @Override
    public Optional<Session> byRefreshHashForUpdate(String refreshHash) {
        return sessions.values().stream().filter(s -> s.refreshHash().equals(refreshHash)).findFirst();
    }

    @Override
    public void revoke(UUID sessionId, Instant now) {
        sessions.computeIfPresent(sessionId, (id, s) -> s.revokedAt() != null ? s : revoked(s, now));
    }

    @Override
    public void revokeFamily(UUID familyId, Instant now) {
        sessions.values().stream().filter(s -> s.familyId().equals(familyId)).map(Session::id).toList()
                .forEach(id -> revoke(id, now));
    }

    private static Session revoked(Session s, Instant now) {
        return new Session(s.id(), s.familyId(), s.userId(), s.accessHash(), s.accessExpiresAt(), s.refreshHash(),
                s.refreshExpiresAt(), s.createdAt(), now);
    }
}
