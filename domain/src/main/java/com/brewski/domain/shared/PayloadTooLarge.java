package com.brewski.domain.shared;

/** An upload is larger than allowed (413). */
public final class PayloadTooLarge extends DomainException {
    public PayloadTooLarge(String message) {
        super(message);
    }
}
