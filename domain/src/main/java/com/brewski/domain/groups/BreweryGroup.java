package com.brewski.domain.groups;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Breweries that share deliveries. New groups stay hidden from the shop until platform staff
 * approve them ({@code shopVisible}).
 */
public record BreweryGroup(UUID id, String name, String slug, GroupStatus status, boolean shopVisible,
                           String regionLabel, String description, Instant createdAt, Instant updatedAt) {
    public BreweryGroup {
        Objects.requireNonNull(id);
        name = Text.required("name", name, 200);
        Objects.requireNonNull(slug);
        Objects.requireNonNull(status);
        regionLabel = Text.optional("regionLabel", regionLabel, 200);
        description = Text.optional("description", description, 5000);
    }

    public static BreweryGroup found(UUID id, String name, String slug, String regionLabel, String description, Instant now) {
        return new BreweryGroup(id, name, slug, GroupStatus.ACTIVE, false, regionLabel, description, now, now);
    }

    public boolean isRetired() {
        return status == GroupStatus.RETIRED;
    }

    /** A URL-safe slug from a name: lower case ASCII letters and digits joined by hyphens. */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(Text.required("name", name, 200), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) throw new InvalidField("name", "name must contain letters or digits");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
