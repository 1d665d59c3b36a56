package com.brewski.domain.promotions;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which promotion the homepage shows now: the one with the latest {@code startsAt} that is not in
 * the future (a tie goes to the one created last); when none has started, the default; when there
 * is no default either, none.
 */
public final class PromotionSchedule {
    private static final Comparator<Promotion> LATEST_START = Comparator.comparing(Promotion::startsAt)
            .thenComparing(Promotion::createdAt)
            .thenComparing(p -> p.id().value());

    private PromotionSchedule() {}

    public static Optional<Promotion> current(Collection<Promotion> promotions, Instant now) {
        Optional<Promotion> started = promotions.stream()
                .filter(p -> !p.startsAt().isAfter(now))
                .max(LATEST_START);
        if (started.isPresent()) return started;
        return promotions.stream().filter(Promotion::isDefault).findFirst();
    }
}
