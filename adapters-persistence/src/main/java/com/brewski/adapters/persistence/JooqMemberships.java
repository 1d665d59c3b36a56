package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.MembershipsRecord;
import com.brewski.application.identity.Memberships;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.MEMBERSHIPS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;
import static com.brewski.adapters.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.excluded;

/** Memberships in the {@code memberships} table; lists join teams or users in one query. */
final class JooqMemberships implements Memberships {
    private final JooqTransactions transactions;

    JooqMemberships(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Membership> ofTeam(TeamId teamId) {
        return transactions.dsl().selectFrom(MEMBERSHIPS)
                .where(MEMBERSHIPS.TEAM_ID.eq(teamId.value()))
                .orderBy(MEMBERSHIPS.CREATED_AT, MEMBERSHIPS.ID)
                .fetch(JooqMemberships::toMembership);
    }

    @Override
    public Optional<Membership> of(TeamId teamId, UserId userId) {
        return transactions.dsl().selectFrom(MEMBERSHIPS)
                .where(MEMBERSHIPS.TEAM_ID.eq(teamId.value()).and(MEMBERSHIPS.USER_ID.eq(userId.value())))
                .fetchOptional()
                .map(JooqMemberships::toMembership);
    }

    /** One multi-row {@code INSERT … ON CONFLICT (id) DO UPDATE}; the last of several with one id wins. */
    @Override
    public void saveAll(List<Membership> memberships) {
        if (memberships.isEmpty()) return;
        Map<UUID, Membership> byId = new LinkedHashMap<>();
        memberships.forEach(m -> byId.put(m.id(), m));
        InsertValuesStep7<MembershipsRecord, UUID, UUID, UUID, String, Boolean, Instant, Instant> insert =
                transactions.dsl().insertInto(MEMBERSHIPS, MEMBERSHIPS.ID, MEMBERSHIPS.TEAM_ID, MEMBERSHIPS.USER_ID,
                        MEMBERSHIPS.ROLE, MEMBERSHIPS.DEACTIVATED, MEMBERSHIPS.CREATED_AT, MEMBERSHIPS.UPDATED_AT);
        for (Membership m : byId.values()) {
            insert = insert.values(m.id(), m.teamId().value(), m.userId().value(), m.role(), m.deactivated(),
                    m.createdAt(), m.updatedAt());
        }
        insert.onConflict(MEMBERSHIPS.ID).doUpdate()
                .set(MEMBERSHIPS.ROLE, excluded(MEMBERSHIPS.ROLE))
                .set(MEMBERSHIPS.DEACTIVATED, excluded(MEMBERSHIPS.DEACTIVATED))
                .set(MEMBERSHIPS.UPDATED_AT, excluded(MEMBERSHIPS.UPDATED_AT))
                .execute();
    }

    @Override
    public List<TeamMembershipView> activeOf(UserId userId) {
        return transactions.dsl()
                .select(MEMBERSHIPS.TEAM_ID, TEAMS.NAME, MEMBERSHIPS.ROLE)
                .from(MEMBERSHIPS)
                .join(TEAMS).on(TEAMS.ID.eq(MEMBERSHIPS.TEAM_ID))
                .where(MEMBERSHIPS.USER_ID.eq(userId.value()))
                .and(MEMBERSHIPS.DEACTIVATED.isFalse())
                .and(TEAMS.IS_PLATFORM.isFalse())
                .orderBy(MEMBERSHIPS.CREATED_AT, MEMBERSHIPS.ID)
                .fetch(row -> new TeamMembershipView(new TeamId(row.value1()), row.value2(), row.value3()));
    }

    @Override
    public Page<MemberView> members(TeamId teamId, PageRequest page) {
        List<MemberView> results = transactions.dsl()
                .select(MEMBERSHIPS.fields())
                .select(USERS.EMAIL, USERS.NAME)
                .from(MEMBERSHIPS)
                .join(USERS).on(USERS.ID.eq(MEMBERSHIPS.USER_ID))
                .where(MEMBERSHIPS.TEAM_ID.eq(teamId.value()))
                .orderBy(MEMBERSHIPS.CREATED_AT, MEMBERSHIPS.ID)
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(row -> new MemberView(toMembership(row.into(MEMBERSHIPS)), row.get(USERS.EMAIL), row.get(USERS.NAME)));
        long total = transactions.dsl().fetchCount(MEMBERSHIPS, MEMBERSHIPS.TEAM_ID.eq(teamId.value()));
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    private static Membership toMembership(MembershipsRecord row) {
        return Membership.restore(row.getId(), new TeamId(row.getTeamId()), new UserId(row.getUserId()),
                row.getRole(), row.getDeactivated(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
