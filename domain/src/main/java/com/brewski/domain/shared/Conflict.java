package com.brewski.domain.shared;

/** The action conflicts with the current state (409). */
public final class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }

    public Conflict(String message, String code) {
        super(message, code);
    }
}
