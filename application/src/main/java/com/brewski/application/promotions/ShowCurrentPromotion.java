package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.promotions.PromotionSchedule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The promotion the homepage shows now (see {@link PromotionSchedule}), for the admin tooling and the storefront. */
public final class ShowCurrentPromotion {
    private final Promotions promotions;
    private final Transactions transactions;
    private final Clock clock;

    public ShowCurrentPromotion(Promotions promotions, Transactions transactions, Clock clock) {
        this.promotions = promotions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<PromotionView> current(Caller caller) {
        StaffOnly.require(caller);
        return forStorefront();
    }

    /** The same answer for anyone: the public storefront's read. */
    public Optional<PromotionView> forStorefront() {
        List<PromotionView> all = transactions.inTransaction(promotions::list);
        return PromotionSchedule.current(all.stream().map(PromotionView::promotion).toList(), clock.instant())
                .flatMap(current -> all.stream().filter(v -> v.promotion().id().equals(current.id())).findFirst());
    }
}
