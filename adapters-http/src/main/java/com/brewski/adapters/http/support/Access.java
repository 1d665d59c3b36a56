package com.brewski.adapters.http.support;

import io.javalin.security.RouteRole;

/**
 * Who may call a route, declared by every {@link Route} of the route table. Authentication is
 * deny-by-default: every route not {@link #PUBLIC} needs a valid bearer token (401 without).
 * {@link #PLATFORM_SUPPORT} and {@link #PLATFORM_SU} are enforced by the route table before the
 * handler runs (403); the team kinds are enforced by the use case, which knows the team a resource
 * belongs to, and the authorisation matrix test holds every route to what it declares here.
 */
public enum Access implements RouteRole {
    /** Anyone, without a token. */
    PUBLIC,
    /** Any signed-in user. */
    SIGNED_IN,
    /** Active members of the owning team (any role). */
    TEAM_MEMBER,
    /** Active members of the owning team, or platform staff (su or support). */
    TEAM_MEMBER_OR_PLATFORM,
    /** Owners and admins of the owning team. */
    TEAM_MANAGER,
    /** Owners and admins of the owning team, or platform staff (su or support). */
    TEAM_MANAGER_OR_PLATFORM,
    /** Owners of the owning team. */
    TEAM_OWNER,
    /** Platform staff: {@code su} or {@code support}. */
    PLATFORM_SUPPORT,
    /** Platform super users ({@code su}) only. */
    PLATFORM_SU;

    /** Whether the route table itself refuses callers without the platform role this kind needs. */
    public boolean platformOnly() {
        return this == PLATFORM_SUPPORT || this == PLATFORM_SU;
    }
}
