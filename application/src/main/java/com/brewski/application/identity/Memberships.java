package com.brewski.application.identity;

import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Stored memberships of users in teams (brewery teams and the platform team). */
public interface Memberships {
    /** All memberships of a team; call with the team locked when the result will be changed. */
    List<Membership> ofTeam(TeamId teamId);

    Optional<Membership> of(TeamId teamId, UserId userId);

    /** Inserts or updates each membership. */
    void saveAll(List<Membership> memberships);

    /** The user's active memberships of brewery teams, with team names, oldest first. */
    List<TeamMembershipView> activeOf(UserId userId);

    /** A page of a team's members with their user details, oldest first. */
    Page<MemberView> members(TeamId teamId, PageRequest page);

    record TeamMembershipView(TeamId teamId, String teamName, String role) {}

    record MemberView(Membership membership, String email, String name) {}
}
