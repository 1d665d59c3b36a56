package com.brewski.domain.promotions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Making a promotion the platform default: it becomes the only default, and every promotion that
 * was the default before is demoted. Making the default the default again demotes nothing.
 *
 * @param promoted the new default
 * @param demoted  the promotions no longer default (already changed), for the caller to save
 */
public record DefaultPromotion(Promotion promoted, List<Promotion> demoted) {
    public DefaultPromotion {
        demoted = List.copyOf(demoted);
    }

    public static DefaultPromotion make(Promotion target, List<Promotion> currentDefaults, Instant now) {
        List<Promotion> demoted = new ArrayList<>();
        for (Promotion previous : currentDefaults) {
            if (previous.id().equals(target.id())) continue;
            previous.markDefault(false, now);
            demoted.add(previous);
        }
        if (!target.isDefault()) target.markDefault(true, now);
        return new DefaultPromotion(target, demoted);
    }

    public List<PromotionId> demotedIds() {
        return demoted.stream().map(Promotion::id).toList();
    }
}
