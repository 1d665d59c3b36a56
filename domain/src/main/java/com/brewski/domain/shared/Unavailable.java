package com.brewski.domain.shared;

/** A dependency outside the database failed (502). */
public final class Unavailable extends DomainException {
    public Unavailable(String message) {
        super(message);
    }
}
