package com.brewski.bootstrap.gates;

import com.brewski.adapters.http.support.Access;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of caller the authorisation matrix sends every route's request as. */
enum CallerKind {
    ANONYMOUS, MEMBER, ADMIN, OWNER, DEACTIVATED_MEMBER, OTHER_TEAM_MEMBER, SUPPORT, SU;

    private static final Set<CallerKind> TEAM = EnumSet.of(MEMBER, ADMIN, OWNER);
    private static final Set<CallerKind> MANAGERS = EnumSet.of(ADMIN, OWNER);
    private static final Set<CallerKind> PLATFORM = EnumSet.of(SUPPORT, SU);

    boolean platform() {
        return PLATFORM.contains(this);
    }

    /** Whether a route declaring {@code access} serves this caller (of the owning team, when it is a team's). */
    boolean allowedBy(Access access) {
        return switch (access) {
            case PUBLIC -> true;
            case SIGNED_IN -> this != ANONYMOUS;
            case TEAM_MEMBER -> TEAM.contains(this);
            case TEAM_MEMBER_OR_PLATFORM -> TEAM.contains(this) || platform();
            case TEAM_MANAGER -> MANAGERS.contains(this);
            case TEAM_MANAGER_OR_PLATFORM -> MANAGERS.contains(this) || platform();
            case TEAM_OWNER -> this == OWNER;
            case PLATFORM_SUPPORT -> platform();
            case PLATFORM_SU -> this == SU;
        };
    }

    /** The statuses a refused request of this caller may answer: 401 unauthenticated, 403 by role, 403/404 by team. */
    Set<Integer> refusals(Access access) {
        if (this == ANONYMOUS) return Set.of(401);
        if (access.platformOnly()) return Set.of(403);
        return Set.of(403, 404);
    }
}
