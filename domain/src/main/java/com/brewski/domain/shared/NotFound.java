package com.brewski.domain.shared;

/** What does not exist or is not visible to the caller (404). */
public final class NotFound extends DomainException {
    public NotFound(String message) {
        super(message);
    }

    public NotFound(String message, String code) {
        super(message, code);
    }
}
