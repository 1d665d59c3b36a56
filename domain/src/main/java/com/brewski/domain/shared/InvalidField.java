package com.brewski.domain.shared;

/** Bad input: the message names the field (400). */
public final class InvalidField extends DomainException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidField(String field, String message, String code) {
        super(message, code);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
