package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ActivityEntriesRecord;
import com.brewski.application.activity.Activity;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.ACTIVITY_ENTRIES;

/** Activity entries in {@code activity_entries}: one batch insert per use case, one page query plus a count. */
final class JooqActivity implements Activity {
    private final JooqTransactions transactions;

    JooqActivity(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(List<ActivityEntry> entries) {
        if (entries.isEmpty()) return;
        var insert = transactions.dsl().insertInto(ACTIVITY_ENTRIES, ACTIVITY_ENTRIES.ID, ACTIVITY_ENTRIES.TEAM_ID,
                ACTIVITY_ENTRIES.CATEGORY, ACTIVITY_ENTRIES.TYPE, ACTIVITY_ENTRIES.MESSAGE, ACTIVITY_ENTRIES.ACTOR_ID,
                ACTIVITY_ENTRIES.RELATED_IDS, ACTIVITY_ENTRIES.CREATED_AT);
        for (ActivityEntry e : entries) {
            insert = insert.values(e.id(), e.teamId().value(), e.category(), e.type(), e.message(),
                    e.actorId() == null ? null : e.actorId().value(), e.relatedIds().toArray(UUID[]::new), e.createdAt());
        }
        insert.execute();
    }

    @Override
    public Page<ActivityEntry> list(TeamId teamId, String category, PageRequest page) {
        Condition where = ACTIVITY_ENTRIES.TEAM_ID.eq(teamId.value());
        if (category != null) where = where.and(ACTIVITY_ENTRIES.CATEGORY.eq(category));
        List<ActivityEntry> results = transactions.dsl().selectFrom(ACTIVITY_ENTRIES)
                .where(where)
                .orderBy(ACTIVITY_ENTRIES.CREATED_AT.desc(), ACTIVITY_ENTRIES.ID.desc())
                .limit(page.pageSize()).offset(page.offset())
                .fetch(JooqActivity::toEntry);
        long total = transactions.dsl().fetchCount(ACTIVITY_ENTRIES, where);
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    private static ActivityEntry toEntry(ActivityEntriesRecord r) {
        return new ActivityEntry(r.getId(), new TeamId(r.getTeamId()), r.getCategory(), r.getType(), r.getMessage(),
                r.getActorId() == null ? null : new UserId(r.getActorId()),
                r.getRelatedIds() == null ? List.of() : Arrays.asList(r.getRelatedIds()), r.getCreatedAt());
    }
}
