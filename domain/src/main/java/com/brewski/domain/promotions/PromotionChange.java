package com.brewski.domain.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Patch;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * A partial update of a promotion's details: each field absent (kept) or set (a null text clears
 * it). A change that supplies nothing is refused by the use case unless it carries a new image.
 */
public record PromotionChange(Patch<TeamId> teamId, Patch<Instant> startsAt, Patch<String> mainTitle,
                              Patch<String> mainDescription, Patch<String> imageTitle,
                              Patch<String> imageDescription, Patch<Boolean> textNeedsBackground,
                              Patch<TextBackground> textBackground, Patch<TextColor> textColor) {

    public static PromotionChange none() {
        return new PromotionChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    public boolean isEmpty() {
        return Stream.of(teamId, startsAt, mainTitle, mainDescription, imageTitle, imageDescription,
                textNeedsBackground, textBackground, textColor).noneMatch(Patch::isPresent);
    }
}
