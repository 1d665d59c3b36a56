package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.time.LocalDate;
import java.util.Locale;

/** The unit of a team's default payment terms. */
public enum PaymentTermsUnit {
    DAYS, WEEKS, MONTHS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LocalDate addTo(LocalDate date, int amount) {
        return switch (this) {
            case DAYS -> date.plusDays(amount);
            case WEEKS -> date.plusWeeks(amount);
            case MONTHS -> date.plusMonths(amount);
        };
    }

    public static PaymentTermsUnit parse(String field, String raw) {
        if (raw != null) {
            for (PaymentTermsUnit unit : values()) if (unit.wire().equals(raw)) return unit;
        }
        throw new InvalidField(field, field + " must be one of days, weeks, months");
    }
}
