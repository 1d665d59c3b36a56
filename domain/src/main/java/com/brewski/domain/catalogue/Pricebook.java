package com.brewski.domain.catalogue;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A named price list; each team has one default, and each client follows one pricebook. */
public record Pricebook(UUID id, TeamId teamId, String name, boolean isDefault, Instant createdAt, Instant updatedAt) {
    public static final String DEFAULT_NAME = "Default";

    public Pricebook {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
    }
}
