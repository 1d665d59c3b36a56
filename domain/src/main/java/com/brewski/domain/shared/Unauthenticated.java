package com.brewski.domain.shared;

/** No valid credentials (401). */
public final class Unauthenticated extends DomainException {
    public Unauthenticated() {
        super("unauthorized");
    }

    public Unauthenticated(String message) {
        super(message);
    }
}
