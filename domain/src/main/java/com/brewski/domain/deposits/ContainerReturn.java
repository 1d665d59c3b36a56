package com.brewski.domain.deposits;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.orders.MinorUnits;
import com.brewski.domain.shared.InvalidField;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Containers brought back by a client; the credited amount defaults to quantity × the container's deposit. */
public record ContainerReturn(UUID id, TeamId teamId, UUID clientId, UUID orderId, UUID containerId, BigDecimal quantity,
                              long creditedMinor, UserId recordedBy, Instant recordedAt, Instant createdAt) {
    /** The most containers one return may record (as an order line's quantity). */
    public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);
    /** The largest credit one return may give (as a payment's amount), so ledger sums stay far from overflow. */
    public static final long MAX_CREDITED_MINOR = 1_000_000_000_000L;

    public ContainerReturn {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        if (containerId == null) throw new InvalidField("containerId", "containerId is required");
        checkQuantity(quantity);
        if (creditedMinor < 0) throw new InvalidField("creditedMinor", "creditedMinor must be 0 or more");
        if (creditedMinor > MAX_CREDITED_MINOR)
            throw new InvalidField("creditedMinor", "creditedMinor must be at most " + MAX_CREDITED_MINOR);
        Objects.requireNonNull(recordedAt);
        Objects.requireNonNull(createdAt);
    }

    /**
     * The default credit: quantity × deposit per container, rounded half-up. The quantity is checked
     * first, so the product is bounded (10^6 × 10^8) before it is computed.
     */
    public static long defaultCredit(BigDecimal quantity, long depositPerContainerMinor) {
        checkQuantity(quantity);
        return MinorUnits.halfUp(quantity.multiply(BigDecimal.valueOf(depositPerContainerMinor)));
    }

    private static void checkQuantity(BigDecimal quantity) {
        if (quantity == null) throw new InvalidField("quantity", "quantity is required");
        if (quantity.signum() <= 0) throw new InvalidField("quantity", "quantity must be greater than 0");
        if (quantity.stripTrailingZeros().scale() > 3) throw new InvalidField("quantity", "quantity must have at most 3 decimal places");
        if (quantity.compareTo(MAX_QUANTITY) > 0) throw new InvalidField("quantity", "quantity must be at most " + MAX_QUANTITY);
    }
}
