package com.brewski.application.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.ShippingRule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A team's stored shipping rules. */
public interface ShippingRules {
    /** All of a team's rules (a handful), by minimum subtotal. */
    List<ShippingRule> of(TeamId teamId);

    Optional<ShippingRule> byId(UUID id);

    void insert(ShippingRule rule);

    void update(ShippingRule rule);

    void delete(UUID id);
}
