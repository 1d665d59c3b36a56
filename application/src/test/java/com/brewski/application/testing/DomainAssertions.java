package com.brewski.application.testing;

import com.brewski.domain.shared.InvalidField;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on the typed domain errors. */
public final class DomainAssertions {
    private DomainAssertions() {}

    /** The call is refused with a 400 naming {@code field}. */
    public static void assertInvalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
