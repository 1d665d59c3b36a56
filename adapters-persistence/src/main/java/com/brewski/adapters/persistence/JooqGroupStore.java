package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.BreweryGroupsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.GroupInvitationsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.GroupMembersRecord;
import com.brewski.application.groups.Groups;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.groups.GroupRole;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.groups.InvitationStatus;
import com.brewski.domain.identity.TeamId;
import org.jooq.InsertValuesStep8;
import org.jooq.InsertValuesStep7;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.BREWERY_GROUPS;
import static com.brewski.adapters.persistence.jooq.Tables.GROUP_INVITATIONS;
import static com.brewski.adapters.persistence.jooq.Tables.GROUP_MEMBERS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;
import static org.jooq.impl.DSL.excluded;

/**
 * Brewery groups in {@code brewery_groups}, member teams in {@code group_members} and invitations
 * in {@code group_invitations}. The unique slug settles concurrent foundings; the group row lock
 * ({@link #byIdForUpdate}) makes roster changes queue. (Named "store" because {@link JooqGroups}
 * is the public entry point that hands it out.)
 */
final class JooqGroupStore implements Groups {
    private final JooqTransactions transactions;

    JooqGroupStore(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<BreweryGroup> byId(UUID id) {
        return transactions.dsl().selectFrom(BREWERY_GROUPS).where(BREWERY_GROUPS.ID.eq(id)).fetchOptional()
                .map(JooqGroupStore::toGroup);
    }

    /** {@code SELECT … FOR UPDATE}: held until the caller's transaction ends. */
    @Override
    public Optional<BreweryGroup> byIdForUpdate(UUID id) {
        return transactions.dsl().selectFrom(BREWERY_GROUPS).where(BREWERY_GROUPS.ID.eq(id)).forUpdate().fetchOptional()
                .map(JooqGroupStore::toGroup);
    }

    /** {@code SELECT … FOR SHARE}: roster changes and retirement ({@code FOR UPDATE}) wait for this transaction. */
    @Override
    public Optional<BreweryGroup> byIdSharing(UUID id) {
        return transactions.dsl().selectFrom(BREWERY_GROUPS).where(BREWERY_GROUPS.ID.eq(id)).forShare().fetchOptional()
                .map(JooqGroupStore::toGroup);
    }

    /** {@code INSERT … ON CONFLICT (slug) DO NOTHING}: a taken slug inserts nothing and the transaction stays usable. */
    @Override
    public boolean insert(BreweryGroup group) {
        return transactions.dsl().insertInto(BREWERY_GROUPS)
                .set(BREWERY_GROUPS.ID, group.id())
                .set(BREWERY_GROUPS.NAME, group.name())
                .set(BREWERY_GROUPS.SLUG, group.slug())
                .set(BREWERY_GROUPS.STATUS, group.status().wire())
                .set(BREWERY_GROUPS.SHOP_VISIBLE, group.shopVisible())
                .set(BREWERY_GROUPS.REGION_LABEL, group.regionLabel())
                .set(BREWERY_GROUPS.DESCRIPTION, group.description())
                .set(BREWERY_GROUPS.CREATED_AT, group.createdAt())
                .set(BREWERY_GROUPS.UPDATED_AT, group.updatedAt())
                .onConflict(BREWERY_GROUPS.SLUG).doNothing()
                .execute() == 1;
    }

    /** Every column but id, slug (fixed at founding) and creation time. */
    @Override
    public void update(BreweryGroup group) {
        int updated = transactions.dsl().update(BREWERY_GROUPS)
                .set(BREWERY_GROUPS.NAME, group.name())
                .set(BREWERY_GROUPS.STATUS, group.status().wire())
                .set(BREWERY_GROUPS.SHOP_VISIBLE, group.shopVisible())
                .set(BREWERY_GROUPS.REGION_LABEL, group.regionLabel())
                .set(BREWERY_GROUPS.DESCRIPTION, group.description())
                .set(BREWERY_GROUPS.UPDATED_AT, group.updatedAt())
                .where(BREWERY_GROUPS.ID.eq(group.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("group " + group.id() + " is not stored");
    }

    /** One join; a team has at most one membership per group, so no group repeats. */
    @Override
    public List<BreweryGroup> ofTeam(TeamId teamId) {
        return transactions.dsl().select(BREWERY_GROUPS.fields())
                .from(BREWERY_GROUPS)
                .join(GROUP_MEMBERS).on(GROUP_MEMBERS.GROUP_ID.eq(BREWERY_GROUPS.ID))
                .where(GROUP_MEMBERS.TEAM_ID.eq(teamId.value()))
                .and(GROUP_MEMBERS.STATUS.in(GroupMemberStatus.ACTIVE.wire(), GroupMemberStatus.INVITED.wire()))
                .orderBy(BREWERY_GROUPS.NAME, BREWERY_GROUPS.ID)
                .fetch(row -> toGroup(row.into(BREWERY_GROUPS)));
    }

    /** Oldest first. */
    @Override
    public List<GroupMember> members(UUID groupId) {
        return transactions.dsl().selectFrom(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(groupId))
                .orderBy(GROUP_MEMBERS.CREATED_AT, GROUP_MEMBERS.ID)
                .fetch(JooqGroupStore::toMember);
    }

    @Override
    public Optional<GroupMember> member(UUID groupId, TeamId teamId) {
        return transactions.dsl().selectFrom(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(groupId))
                .and(GROUP_MEMBERS.TEAM_ID.eq(teamId.value()))
                .fetchOptional()
                .map(JooqGroupStore::toMember);
    }

    /** Oldest first. */
    @Override
    public List<GroupInvitation> invitations(UUID groupId) {
        return transactions.dsl().selectFrom(GROUP_INVITATIONS)
                .where(GROUP_INVITATIONS.GROUP_ID.eq(groupId))
                .orderBy(GROUP_INVITATIONS.CREATED_AT, GROUP_INVITATIONS.ID)
                .fetch(JooqGroupStore::toInvitation);
    }

    /** One multi-row {@code INSERT … ON CONFLICT (id) DO UPDATE} of role, status and update time. */
    @Override
    public void saveMembers(List<GroupMember> members) {
        if (members.isEmpty()) return;
        Map<UUID, GroupMember> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        InsertValuesStep7<GroupMembersRecord, UUID, UUID, UUID, String, String, Instant, Instant> insert =
                transactions.dsl().insertInto(GROUP_MEMBERS, GROUP_MEMBERS.ID, GROUP_MEMBERS.GROUP_ID, GROUP_MEMBERS.TEAM_ID,
                        GROUP_MEMBERS.ROLE, GROUP_MEMBERS.STATUS, GROUP_MEMBERS.CREATED_AT, GROUP_MEMBERS.UPDATED_AT);
        for (GroupMember m : byId.values()) {
            insert = insert.values(m.id(), m.groupId(), m.teamId().value(), m.role().wire(), m.status().wire(),
                    m.createdAt(), m.updatedAt());
        }
        insert.onConflict(GROUP_MEMBERS.ID).doUpdate()
                .set(GROUP_MEMBERS.ROLE, excluded(GROUP_MEMBERS.ROLE))
                .set(GROUP_MEMBERS.STATUS, excluded(GROUP_MEMBERS.STATUS))
                .set(GROUP_MEMBERS.UPDATED_AT, excluded(GROUP_MEMBERS.UPDATED_AT))
                .execute();
    }

    /** One multi-row {@code INSERT … ON CONFLICT (id) DO UPDATE} of status, expiry and update time. */
    @Override
    public void saveInvitations(List<GroupInvitation> invitations) {
        if (invitations.isEmpty()) return;
        Map<UUID, GroupInvitation> byId = new LinkedHashMap<>();
        invitations.forEach(i -> byId.put(i.id(), i));
        InsertValuesStep8<GroupInvitationsRecord, UUID, UUID, UUID, UUID, String, Instant, Instant, Instant> insert =
                transactions.dsl().insertInto(GROUP_INVITATIONS, GROUP_INVITATIONS.ID, GROUP_INVITATIONS.GROUP_ID,
                        GROUP_INVITATIONS.INVITEE_TEAM_ID, GROUP_INVITATIONS.INVITED_BY_TEAM_ID, GROUP_INVITATIONS.STATUS,
                        GROUP_INVITATIONS.EXPIRES_AT, GROUP_INVITATIONS.CREATED_AT, GROUP_INVITATIONS.UPDATED_AT);
        for (GroupInvitation i : byId.values()) {
            insert = insert.values(i.id(), i.groupId(), i.inviteeTeamId().value(), i.invitedByTeamId().value(),
                    i.status().wire(), i.expiresAt(), i.createdAt(), i.updatedAt());
        }
        insert.onConflict(GROUP_INVITATIONS.ID).doUpdate()
                .set(GROUP_INVITATIONS.STATUS, excluded(GROUP_INVITATIONS.STATUS))
                .set(GROUP_INVITATIONS.EXPIRES_AT, excluded(GROUP_INVITATIONS.EXPIRES_AT))
                .set(GROUP_INVITATIONS.UPDATED_AT, excluded(GROUP_INVITATIONS.UPDATED_AT))
                .execute();
    }

    /** One query; ids of teams that do not exist are absent from the map. */
    @Override
    public Map<TeamId, String> teamNames(List<TeamId> teamIds) {
        if (teamIds.isEmpty()) return Map.of();
        Map<TeamId, String> names = new LinkedHashMap<>();
        transactions.dsl().select(TEAMS.ID, TEAMS.NAME)
                .from(TEAMS)
                .where(TEAMS.ID.in(teamIds.stream().map(TeamId::value).distinct().toList()))
                .orderBy(TEAMS.NAME, TEAMS.ID)
                .forEach(row -> names.put(new TeamId(row.value1()), row.value2()));
        return names;
    }

    static BreweryGroup toGroup(BreweryGroupsRecord row) {
        return new BreweryGroup(row.getId(), row.getName(), row.getSlug(), GroupStatus.parse("status", row.getStatus()),
                row.getShopVisible(), row.getRegionLabel(), row.getDescription(), row.getCreatedAt(), row.getUpdatedAt());
    }

    static GroupMember toMember(GroupMembersRecord row) {
        return new GroupMember(row.getId(), row.getGroupId(), new TeamId(row.getTeamId()),
                GroupRole.parse("role", row.getRole()), GroupMemberStatus.parse("status", row.getStatus()),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    static GroupInvitation toInvitation(GroupInvitationsRecord row) {
        return new GroupInvitation(row.getId(), row.getGroupId(), new TeamId(row.getInviteeTeamId()),
                new TeamId(row.getInvitedByTeamId()), InvitationStatus.parse("status", row.getStatus()),
                row.getExpiresAt(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
