package com.brewski.domain.shared;

/**
 * A rule broken by a caller. The HTTP adapter maps each kind to one status, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidField, NotFound, Forbidden, Unauthenticated, Conflict, Unavailable, RateLimited,
        PayloadTooLarge, UnsupportedMedia, Overloaded {
    private final String code;

    protected DomainException(String message) {
        this(message, null);
    }

    /**
     * @param code a stable machine-readable code where the contract names one
     *             ({@code OFFTRADE_CONTACT_EMAIL_MISSING}, …), answered beside the message; or null
     */
    protected DomainException(String message, String code) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The contract's error code, when it names one. */
    public java.util.Optional<String> code() {
        return java.util.Optional.ofNullable(code);
    }
}
