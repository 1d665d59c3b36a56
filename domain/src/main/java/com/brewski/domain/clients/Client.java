package com.brewski.domain.clients;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A trade customer of a team. Email, phone, AWRS number and postcodes are normalised; uniqueness
 * of email and AWRS within the team is kept by the store.
 */
public record Client(UUID id, TeamId teamId, String name, Email contactEmail, String contactPhone, Address address,
                     Address billingAddress, AwrsNumber awrsNumber, UUID pricebookId, String notes,
                     Instant createdAt, Instant updatedAt) {
    public Client {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
        address = address == null ? Address.EMPTY : address;
        billingAddress = billingAddress == null || billingAddress.isEmpty() ? null : billingAddress;
        notes = Text.optional("notes", notes, 5000);
    }

    /** AWRS numbers as clients give them: trimmed, upper case, single spaces, then checked. */
    public static AwrsNumber normaliseAwrs(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return AwrsNumber.orNull(raw.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
    }

    public static Email normaliseEmail(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return Email.of("contactEmail", raw);
    }

    public static void requireName(String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidField("name", "name is required");
    }
}
