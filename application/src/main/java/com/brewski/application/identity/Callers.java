package com.brewski.application.identity;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.Session;

import java.util.Optional;

/**
 * Who is behind an access token: its session, the session's user and that user's active platform
 * role, found together (an adapter answers with one statement: it runs on every authenticated request).
 */
public interface Callers {
    record SessionCaller(Session session, Email email, Optional<PlatformRole> platformRole) {}

    /** The session whose access token has this digest, with its user's email and platform role. */
    Optional<SessionCaller> byAccessHash(String accessHash);

    /** The same answer from the separate ports (three lookups): for stores without a joined lookup. */
    static Callers composed(Sessions sessions, Users users, Memberships memberships, Teams teams) {
        return accessHash -> sessions.byAccessHash(accessHash).flatMap(session -> users.byId(session.userId())
                .map(user -> new SessionCaller(session, user.email(), memberships.of(teams.platformTeamId(), user.id())
                        .filter(m -> m.isActive())
                        .map(m -> PlatformRole.parse("role", m.role())))));
    }
}
