package com.brewski.domain.shared;

/** An upload's content type is not accepted (415). */
public final class UnsupportedMedia extends DomainException {
    public UnsupportedMedia(String message) {
        super(message);
    }
}
