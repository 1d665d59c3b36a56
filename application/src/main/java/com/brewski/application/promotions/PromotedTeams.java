package com.brewski.application.promotions;

import com.brewski.application.identity.Teams;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.NotFound;

/** A promotion features a brewery team: an unknown team, or the platform's own, is not found. */
final class PromotedTeams {
    private PromotedTeams() {}

    static Team require(Teams teams, TeamId id) {
        return teams.byId(id).filter(team -> !team.isPlatform()).orElseThrow(() -> new NotFound("Team not found"));
    }
}
