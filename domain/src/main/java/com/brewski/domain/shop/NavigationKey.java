package com.brewski.domain.shop;

import java.util.List;
import java.util.Objects;

/**
 * One toggle of the storefront's navigation: a {@code section} (e.g. {@code menu.top}) and an
 * {@code item} in it (e.g. {@code basket}).
 */
public record NavigationKey(String section, String item) {
    /**
     * Every toggle the storefront knows. The registry is seeded from this list on every read, so a
     * toggle added here appears on the next list without a migration.
     */
    public static final List<NavigationKey> KNOWN = List.of(
            new NavigationKey("menu.top", "home"),
            new NavigationKey("menu.top", "shop"),
            new NavigationKey("menu.top", "breweries"),
            new NavigationKey("menu.top", "groups"),
            new NavigationKey("menu.top", "basket"),
            new NavigationKey("menu.top", "account"));

    public NavigationKey {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(item, "item");
        if (section.isBlank() || item.isBlank()) throw new IllegalArgumentException("section and item are required");
    }
}
