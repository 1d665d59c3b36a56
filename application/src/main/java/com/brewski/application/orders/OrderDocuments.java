package com.brewski.application.orders;

import com.brewski.domain.identity.TeamId;

import java.util.UUID;

/**
 * The "documents changed" port: every mutating order use case calls it, inside its transaction and
 * before the change is applied, so that stale invoices and delivery notes are discarded.
 */
public interface OrderDocuments {
    void orderChanged(TeamId teamId, UUID orderId);
}
