package com.brewski.domain.clients;

import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A place a client takes deliveries at. */
public record DeliverySite(UUID id, UUID clientId, String name, Address address, String notes,
                           Instant createdAt, Instant updatedAt) {
    public DeliverySite {
        Objects.requireNonNull(id);
        Objects.requireNonNull(clientId);
        name = Text.required("name", name, 200);
        address = address == null ? Address.EMPTY : address;
        notes = Text.optional("notes", notes, 2000);
    }
}
