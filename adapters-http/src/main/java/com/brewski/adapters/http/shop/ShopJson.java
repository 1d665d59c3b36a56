package com.brewski.adapters.http.shop;

import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shop.ShopDirectory;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.shop.NavigationItem;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellDetails;
import com.brewski.domain.shop.UpsellImage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The shop's response bodies, as its contract names their fields. */
public final class ShopJson {
    private ShopJson() {}

    public record NavigationItemJson(UUID id, String section, String item, boolean enabled, Instant createdAt, Instant updatedAt) {
        static NavigationItemJson of(NavigationItem i) {
            return new NavigationItemJson(i.id(), i.key().section(), i.key().item(), i.enabled(), i.createdAt(), i.updatedAt());
        }
    }

    public record NavigationItemsBody(List<NavigationItemJson> items) {}

    public record NavigationItemBody(NavigationItemJson item) {}

    /** The storefront's enabled navigation: section → items. */
    public record PublicNavigationBody(Map<String, List<String>> sections) {}

    public record UpsellImageJson(UUID id, String url, String iconUrl, boolean isDefault) {
        static UpsellImageJson of(UpsellImage image, ObjectStore objects) {
            return new UpsellImageJson(image.id(), objects.publicUrl(image.mainKey()), objects.publicUrl(image.iconKey()), image.isDefault());
        }
    }

    public record UpsellJson(UUID id, String slug, String name, String description, Long priceMinor, String currencySymbol,
                             String price, String couplerType, boolean isActive, int displayOrder, List<UpsellImageJson> images,
                             Instant createdAt, Instant updatedAt) {
        /** Images in upload order (the admin routes). */
        static UpsellJson of(Upsell u, ObjectStore objects) {
            return of(u, u.images(), objects);
        }

        /** The default image first (the storefront). */
        static UpsellJson defaultFirst(Upsell u, ObjectStore objects) {
            return of(u, u.images().stream().sorted(Comparator.comparing(i -> !i.isDefault())).toList(), objects);
        }

        private static UpsellJson of(Upsell u, List<UpsellImage> images, ObjectStore objects) {
            UpsellDetails d = u.details();
            return new UpsellJson(u.id(), d.slug(), d.name(), d.description(), d.priceMinor(), d.currencySymbol(), d.price(),
                    d.couplerType() == null ? null : d.couplerType().wire(), d.active(), d.displayOrder(),
                    images.stream().map(i -> UpsellImageJson.of(i, objects)).toList(), u.createdAt(), u.updatedAt());
        }
    }

    public record UpsellsBody(List<UpsellJson> upsells) {}

    public record UpsellBody(UpsellJson upsell) {}

    public record TeamCardJson(UUID id, String name, String logoUrl, String publicSlug) {
        static TeamCardJson of(ShopDirectory.TeamCard team, ObjectStore objects) {
            String logoUrl = team.logoKey().filter(k -> objects.configured()).map(objects::publicUrl).orElse(null);
            return new TeamCardJson(team.id().value(), team.name(), logoUrl, team.publicSlug().value());
        }
    }

    public record TeamSearchBody(List<TeamCardJson> results) {}

    public record GroupJson(UUID id, String name, String slug, boolean shopVisible, String status, String imageUrl) {
        static GroupJson of(BreweryGroup g) {
            return new GroupJson(g.id(), g.name(), g.slug(), g.shopVisible(), g.status().wire(), null);
        }
    }

    public record TeamGroupJson(UUID id, String name, String slug, boolean shopVisible, String status, String imageUrl,
                                String membershipStatus) {
        static TeamGroupJson of(ShopDirectory.TeamGroup tg) {
            BreweryGroup g = tg.group();
            return new TeamGroupJson(g.id(), g.name(), g.slug(), g.shopVisible(), g.status().wire(), null, tg.membershipStatus().wire());
        }
    }

    public record TeamGroupsBody(List<TeamGroupJson> groups) {}

    public record GroupsBody(List<GroupJson> groups) {}

    public record PlacementJson(UUID id, int position, TeamCardJson team, GroupJson group, Instant createdAt, Instant updatedAt) {
        static PlacementJson of(ShopDirectory.PlacementView v, ObjectStore objects) {
            return new PlacementJson(v.placement().id(), v.placement().position().value(), TeamCardJson.of(v.team(), objects),
                    GroupJson.of(v.group()), v.placement().createdAt(), v.placement().updatedAt());
        }
    }

    public record PlacementsBody(List<PlacementJson> placements) {}

    public record PlacementBody(PlacementJson placement) {}

    public record PublishedBody(int updated) {}
}
