package com.brewski.application.shop;

import com.brewski.domain.identity.TeamId;

import java.time.Instant;

/** Switching a team's beers to the public catalogue. */
public interface BeerVisibility {
    /** Sets {@code showPublic} on every beer of the team that is not public yet; answers how many changed. */
    int showAll(TeamId teamId, Instant now);
}
