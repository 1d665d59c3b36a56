package com.brewski.adapters.http.promotions;

import com.brewski.application.promotions.ListPromotions;
import com.brewski.application.promotions.MakePromotionDefault;
import com.brewski.application.promotions.Promotions.FeaturedTeam;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.PromotionId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The wire shapes of the homepage-promotion routes. */
public final class PromotionJson {
    private PromotionJson() {}

    public record TeamJson(UUID id, String name, String logoUrl, String publicSlug) {
        static TeamJson of(FeaturedTeam team, ObjectStore objects) {
            return new TeamJson(team.id().value(), team.name(), PromotionJson.logoUrl(team, objects), team.publicSlug());
        }
    }

    public record AuthorJson(UUID id, String name) {}

    /** The oldest brewery team, offered while no promotion exists. */
    public record FallbackTeamJson(UUID id, String name, String slug, String logoUrl) {
        static FallbackTeamJson of(FeaturedTeam team, ObjectStore objects) {
            return new FallbackTeamJson(team.id().value(), team.name(), team.publicSlug(), PromotionJson.logoUrl(team, objects));
        }
    }

    /** A promotion as the admin routes show it. */
    public record PromotionBody(UUID id, UUID teamId, Instant startsAt, String imageUrl, String imageKey, String imageTitle,
                                String imageDescription, String mainTitle, String mainDescription,
                                boolean textNeedsBackground, String textBackground, String textColor, boolean isDefault,
                                Instant createdAt, Instant updatedAt, TeamJson team, AuthorJson createdBy) {
        static PromotionBody of(PromotionView view, ObjectStore objects) {
            Promotion p = view.promotion();
            PromotionDetails d = p.details();
            return new PromotionBody(p.id().value(), d.teamId().value(), d.startsAt(), objects.publicUrl(p.imageKey()),
                    p.imageKey(), d.imageTitle(), d.imageDescription(), d.mainTitle(), d.mainDescription(),
                    d.textNeedsBackground(), d.textBackground() == null ? null : d.textBackground().wire(),
                    d.textColor() == null ? null : d.textColor().wire(), p.isDefault(), p.createdAt(), p.updatedAt(),
                    TeamJson.of(view.team(), objects), new AuthorJson(view.createdBy().id().value(), view.createdBy().name()));
        }
    }

    /** A promotion as the storefront sees it: no storage key, author or timestamps. */
    public record StorefrontPromotion(UUID id, UUID teamId, Instant startsAt, String imageUrl, String imageTitle,
                                      String imageDescription, String mainTitle, String mainDescription,
                                      boolean textNeedsBackground, String textBackground, String textColor,
                                      boolean isDefault, TeamJson team) {
        static StorefrontPromotion of(PromotionView view, ObjectStore objects) {
            Promotion p = view.promotion();
            PromotionDetails d = p.details();
            return new StorefrontPromotion(p.id().value(), d.teamId().value(), d.startsAt(), objects.publicUrl(p.imageKey()),
                    d.imageTitle(), d.imageDescription(), d.mainTitle(), d.mainDescription(), d.textNeedsBackground(),
                    d.textBackground() == null ? null : d.textBackground().wire(),
                    d.textColor() == null ? null : d.textColor().wire(), p.isDefault(), TeamJson.of(view.team(), objects));
        }
    }

    public record PromotionsBody(List<PromotionBody> promotions, FallbackTeamJson fallbackTeam) {
        static PromotionsBody of(ListPromotions.Listing listing, ObjectStore objects) {
            return new PromotionsBody(listing.promotions().stream().map(v -> PromotionBody.of(v, objects)).toList(),
                    listing.fallbackTeam().map(t -> FallbackTeamJson.of(t, objects)).orElse(null));
        }
    }

    public record OnePromotionBody(PromotionBody promotion) {}

    /** The current promotion, or {@code {"promotion": null}}. */
    public record CurrentPromotionBody(PromotionBody promotion) {
        static CurrentPromotionBody of(Optional<PromotionView> view, ObjectStore objects) {
            return new CurrentPromotionBody(view.map(v -> PromotionBody.of(v, objects)).orElse(null));
        }
    }

    public record StorefrontPromotionBody(StorefrontPromotion promotion) {
        static StorefrontPromotionBody of(Optional<PromotionView> view, ObjectStore objects) {
            return new StorefrontPromotionBody(view.map(v -> StorefrontPromotion.of(v, objects)).orElse(null));
        }
    }

    public record DefaultBody(PromotionBody promotion, List<UUID> demotedPromotionIds) {
        static DefaultBody of(MakePromotionDefault.Result result, ObjectStore objects) {
            return new DefaultBody(PromotionBody.of(result.promotion(), objects),
                    result.demotedPromotionIds().stream().map(PromotionId::value).toList());
        }
    }

    private static String logoUrl(FeaturedTeam team, ObjectStore objects) {
        return team.logoKey() == null ? null : objects.publicUrl(team.logoKey());
    }
}
