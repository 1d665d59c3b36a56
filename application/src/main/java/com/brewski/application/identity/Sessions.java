package com.brewski.application.identity;

import com.brewski.domain.identity.Session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stored sessions, looked up by token hash. */
public interface Sessions {
    void insert(Session session);

    Optional<Session> byAccessHash(String accessHash);

    /** Locks and loads the session whose refresh token has this hash. */
    Optional<Session> byRefreshHashForUpdate(String refreshHash);

    /** Revokes one session (no-op when already revoked). */
    void revoke(UUID sessionId, Instant now);

    /** Revokes every session of a family (refresh-token reuse). */
    void revokeFamily(UUID familyId, Instant now);
}
