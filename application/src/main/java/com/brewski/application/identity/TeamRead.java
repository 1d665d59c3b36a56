package com.brewski.application.identity;

/**
 * Something read for a caller together with the caller's standing in the team it belongs to, both
 * answered by the same query (so a read checks membership without a statement of its own).
 * {@link TeamAccess#require} turns the standing into the usual 404 or 403.
 */
public record TeamRead<T>(Standing standing, T value) {
    public enum Standing { NO_SUCH_TEAM, NOT_A_MEMBER, MEMBER }

    public static <T> TeamRead<T> of(boolean teamExists, boolean member, T value) {
        return new TeamRead<>(!teamExists ? Standing.NO_SUCH_TEAM : member ? Standing.MEMBER : Standing.NOT_A_MEMBER, value);
    }
}
