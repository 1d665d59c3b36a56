package com.brewski.application.groups;

import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.identity.TeamId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored brewery groups, their member teams and invitations. */
public interface Groups {
    Optional<BreweryGroup> byId(UUID id);

    /** Locks the group row for the rest of the transaction and loads it. */
    Optional<BreweryGroup> byIdForUpdate(UUID id);

    /**
     * Loads the group with a shared lock held for the rest of the transaction: others may read and
     * share-lock it, but a change (retiring it, changing its roster) waits until this transaction ends.
     */
    Optional<BreweryGroup> byIdSharing(UUID id);

    /** Inserts; answers false when the slug is taken (nothing inserted). */
    boolean insert(BreweryGroup group);

    void update(BreweryGroup group);

    /** Groups in which the team is an active or invited member, by name. */
    List<BreweryGroup> ofTeam(TeamId teamId);

    List<GroupMember> members(UUID groupId);

    /** The team's membership of the group, if any. */
    Optional<GroupMember> member(UUID groupId, TeamId teamId);

    List<GroupInvitation> invitations(UUID groupId);

    /** Inserts or updates each. */
    void saveMembers(List<GroupMember> members);

    /** Inserts or updates each. */
    void saveInvitations(List<GroupInvitation> invitations);

    /** Team names for display, by id. */
    java.util.Map<TeamId, String> teamNames(List<TeamId> teamIds);
}
