package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.OfftradeCollectionRequestsRecord;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.offtrade.Postcode;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Sequences.OFFTRADE_COLLECTION_REQUEST_IDS;
import static com.brewski.adapters.persistence.jooq.Tables.OFFTRADE_COLLECTION_REQUESTS;
import static com.brewski.adapters.persistence.jooq.Tables.OFFTRADE_NOTICES;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.arrayOverlap;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Collection requests in {@code offtrade_collection_requests} and their per-team notices in
 * {@code offtrade_notices}. Routing is one query on the teams' district arrays (GIN-indexed
 * overlap); a page is one query (the notified team names as an array subquery) plus one count.
 */
public final class JooqCollectionRequests implements CollectionRequests {
    private static final com.brewski.adapters.persistence.jooq.tables.OfftradeCollectionRequests R = OFFTRADE_COLLECTION_REQUESTS;
    private static final com.brewski.adapters.persistence.jooq.tables.OfftradeNotices N = OFFTRADE_NOTICES;

    private final JooqTransactions transactions;

    public JooqCollectionRequests(JooqPersistence persistence) {
        this.transactions = persistence.jooqTransactions();
    }

    @Override
    public CollectionRequestId nextId() {
        return new CollectionRequestId(transactions.dsl().nextval(OFFTRADE_COLLECTION_REQUEST_IDS));
    }

    @Override
    public List<RoutedTeam> teamsCovering(District district) {
        String[] entries = district.coveredBy().stream().map(District::value).toArray(String[]::new);
        return transactions.dsl().select(TEAMS.ID, TEAMS.NAME, TEAMS.OFF_TRADE_CONTACT_EMAIL)
                .from(TEAMS)
                .where(TEAMS.IS_PLATFORM.isFalse())
                .and(arrayOverlap(TEAMS.OFF_TRADE_DISTRICTS, val(entries, TEAMS.OFF_TRADE_DISTRICTS)))
                .orderBy(TEAMS.NAME, TEAMS.ID)
                .fetch(r -> new RoutedTeam(new TeamId(r.value1()), r.value2(), r.value3() == null ? null : new Email(r.value3())));
    }

    @Override
    public void add(CollectionRequest request, List<CollectionNotice> notices) {
        OfftradeCollectionRequestsRecord row = transactions.dsl().newRecord(R);
        row.setId(request.id().value());
        row.setBusinessName(request.businessName());
        row.setContactName(request.contactName());
        row.setContactEmail(request.contactEmail().value());
        row.setContactPhone(request.contactPhone());
        row.setPostcode(request.postcode().value());
        row.setDistrict(request.district().value());
        row.setMessage(request.message());
        row.setCreatedAt(request.createdAt());
        row.insert();
        if (notices.isEmpty()) return;
        var insert = transactions.dsl().insertInto(N, N.REQUEST_ID, N.TEAM_ID, N.STATUS, N.NOTIFIED_AT);
        for (CollectionNotice n : notices)
            insert = insert.values(n.requestId().value(), n.teamId().value(), n.status().wire(), n.notifiedAt());
        insert.execute();
    }

    @Override
    public Optional<RoutedRequest> routedTo(CollectionRequestId id, TeamId teamId) {
        return transactions.dsl().select(R.fields()).select(N.STATUS, N.NOTIFIED_AT)
                .from(N).join(R).on(R.ID.eq(N.REQUEST_ID))
                .where(N.REQUEST_ID.eq(id.value())).and(N.TEAM_ID.eq(teamId.value()))
                .fetchOptional(r -> new RoutedRequest(request(r), notice(r, teamId)));
    }

    @Override
    public void update(CollectionNotice notice) {
        Field<Instant> notifiedAt = notice.notifiedAt() == null ? N.NOTIFIED_AT
                : greatest(coalesce(N.NOTIFIED_AT, val(notice.notifiedAt())), val(notice.notifiedAt()));
        int updated = transactions.dsl().update(N)
                .set(N.STATUS, notice.status().wire())
                .set(N.NOTIFIED_AT, notifiedAt)
                .where(N.REQUEST_ID.eq(notice.requestId().value())).and(N.TEAM_ID.eq(notice.teamId().value()))
                .execute();
        if (updated == 0) throw new IllegalStateException("notice " + notice + " is not stored");
    }

    @Override
    public Page<Listed> list(TeamId teamId, Filter filter, Sort sort, PageRequest page) {
        Condition where = N.TEAM_ID.eq(teamId.value());
        if (filter.status() != null) where = where.and(N.STATUS.eq(filter.status().wire()));
        if (filter.district() != null) where = where.and(R.DISTRICT.eq(filter.district().value()));
        var others = OFFTRADE_NOTICES.as("others");
        Field<String[]> notifiedTeams = array(select(TEAMS.NAME).from(others).join(TEAMS).on(TEAMS.ID.eq(others.TEAM_ID))
                .where(others.REQUEST_ID.eq(R.ID)).and(others.STATUS.eq(NoticeStatus.NOTIFIED.wire()))
                .orderBy(TEAMS.NAME)).as("notified_teams");
        List<Listed> results = transactions.dsl().select(R.fields()).select(N.STATUS, N.NOTIFIED_AT, notifiedTeams)
                .from(N).join(R).on(R.ID.eq(N.REQUEST_ID))
                .where(where)
                .orderBy(order(sort))
                .limit(page.pageSize()).offset(page.offset())
                .fetch(r -> new Listed(request(r), notice(r, teamId), Arrays.asList(r.get(notifiedTeams))));
        long total = transactions.dsl().fetchCount(select(N.REQUEST_ID).from(N).join(R).on(R.ID.eq(N.REQUEST_ID)).where(where));
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    /** {@code createdAt} or {@code notifiedAt} (pending ones last either way), then the id the same way. */
    private static List<SortField<?>> order(Sort sort) {
        boolean asc = sort.direction() == Sort.Direction.ASC;
        SortField<Long> id = asc ? R.ID.asc() : R.ID.desc();
        return switch (sort.key()) {
            case "createdAt" -> List.of(asc ? R.CREATED_AT.asc() : R.CREATED_AT.desc(), id);
            case "notifiedAt" -> List.of((asc ? N.NOTIFIED_AT.asc() : N.NOTIFIED_AT.desc()).nullsLast(), id);
            default -> throw new IllegalArgumentException("unknown sort " + sort.key());
        };
    }

    private static CollectionRequest request(Record r) {
        return new CollectionRequest(new CollectionRequestId(r.get(R.ID)), r.get(R.BUSINESS_NAME), r.get(R.CONTACT_NAME),
                new Email(r.get(R.CONTACT_EMAIL)), r.get(R.CONTACT_PHONE), new Postcode(r.get(R.POSTCODE)),
                new District(r.get(R.DISTRICT)), r.get(R.MESSAGE), r.get(R.CREATED_AT));
    }

    private static CollectionNotice notice(Record r, TeamId teamId) {
        return new CollectionNotice(new CollectionRequestId(r.get(R.ID)), teamId,
                NoticeStatus.parse("status", r.get(N.STATUS)), r.get(N.NOTIFIED_AT));
    }
}
