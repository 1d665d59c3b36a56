package com.brewski.domain.shared;

/**
 * A rule broken by a caller. The HTTP adapter maps each kind to one status, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidField, NotFound, Forbidden, Unauthenticated, Conflict, Unavailable, RateLimited,
        PayloadTooLarge, UnsupportedMedia {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
