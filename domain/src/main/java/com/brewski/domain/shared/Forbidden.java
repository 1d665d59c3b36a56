package com.brewski.domain.shared;

/** The caller lacks the role or team for this action (403). */
public final class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }
}
