package com.brewski.domain.payments;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A payment or refund recorded against an order; the amount is always positive, the kind gives the sign. */
public record Payment(UUID id, UUID orderId, TeamId teamId, PaymentKind kind, long amountMinor, PaymentMethod method,
                      String reference, Instant paidAt, Instant createdAt) {
    public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000L;

    public Payment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(teamId);
        kind = kind == null ? PaymentKind.PAYMENT : kind;
        if (amountMinor <= 0) throw new InvalidField("amountMinor", "amountMinor must be greater than 0");
        if (amountMinor > MAX_AMOUNT_MINOR) throw new InvalidField("amountMinor", "amountMinor is too large");
        if (method == null) throw new InvalidField("paymentMethod", "paymentMethod is required");
        reference = Text.optional("paymentReference", reference, 200);
        if (paidAt == null) throw new InvalidField("paidAt", "paidAt is required");
        Objects.requireNonNull(createdAt);
    }

    /** The effect on the net paid amount: positive for a payment, negative for a refund. */
    public long signedMinor() {
        return kind == PaymentKind.PAYMENT ? amountMinor : -amountMinor;
    }
}
