package com.brewski.domain.deposits;

import com.brewski.domain.identity.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of the container deposit ledger of a team and client: positive amounts are liability
 * (containers out), negative are credit (containers back). A charge belongs to one order line.
 */
public record DepositTransaction(UUID id, TeamId teamId, UUID clientId, UUID orderId, UUID orderItemId,
                                 UUID containerReturnId, DepositSource source, long amountMinor,
                                 Instant createdAt, Instant updatedAt) {
    public DepositTransaction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(source);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }
}
