package com.brewski.adapters.persistence;

import com.brewski.application.shop.ShopDirectory;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shop.FeaturedPlacement;
import com.brewski.domain.shop.SlotPosition;
import com.brewski.domain.shop.TeamSearch;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.BREWERY_GROUPS;
import static com.brewski.adapters.persistence.jooq.Tables.GROUP_MEMBERS;
import static com.brewski.adapters.persistence.jooq.Tables.SHOP_FEATURED_GROUPS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;

/** The shop's cross-context reads, one query each; team search uses the trigram indexes on name and slug. */
final class JooqShopDirectory implements ShopDirectory {
    private static final List<String> LINKED = List.of(GroupMemberStatus.ACTIVE.wire(), GroupMemberStatus.INVITED.wire());
    private final JooqTransactions transactions;

    JooqShopDirectory(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /** The SQL of a search (for the plan test): substring matches on lower(name) or the slug, ranked as {@link TeamSearch} ranks. */
    org.jooq.Select<?> searchQuery(TeamSearch search) {
        String term = search.lowered();
        String escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Field<String> name = DSL.lower(TEAMS.NAME);
        Condition matches = name.like("%" + escaped + "%", '\\').or(TEAMS.PUBLIC_SLUG.like("%" + escaped + "%", '\\'));
        Field<Integer> rank = DSL.when(name.eq(term).or(TEAMS.PUBLIC_SLUG.eq(term)), 0)
                .when(name.like(escaped + "%", '\\').or(TEAMS.PUBLIC_SLUG.like(escaped + "%", '\\')), 1)
                .otherwise(2);
        return transactions.dsl().select(TEAMS.ID, TEAMS.NAME, TEAMS.LOGO_KEY, TEAMS.PUBLIC_SLUG)
                .from(TEAMS)
                .where(matches.and(TEAMS.IS_PLATFORM.isFalse()))
                .orderBy(rank, name, TEAMS.PUBLIC_SLUG)
                .limit(search.limit());
    }

    @Override
    public List<TeamCard> searchTeams(TeamSearch search) {
        return searchQuery(search).fetch(JooqShopDirectory::toCard);
    }

    @Override
    public List<TeamGroup> shopGroupsOf(TeamId teamId) {
        return transactions.dsl().select(BREWERY_GROUPS.fields()).select(GROUP_MEMBERS.STATUS)
                .from(BREWERY_GROUPS).join(GROUP_MEMBERS).on(GROUP_MEMBERS.GROUP_ID.eq(BREWERY_GROUPS.ID))
                .where(GROUP_MEMBERS.TEAM_ID.eq(teamId.value()).and(GROUP_MEMBERS.STATUS.in(LINKED))
                        .and(BREWERY_GROUPS.SHOP_VISIBLE.isTrue()).and(BREWERY_GROUPS.STATUS.eq("active")))
                .orderBy(BREWERY_GROUPS.NAME, BREWERY_GROUPS.ID)
                .fetch(r -> new TeamGroup(group(r), GroupMemberStatus.parse("status", r.get(GROUP_MEMBERS.STATUS))));
    }

    @Override
    public List<BreweryGroup> publicGroups() {
        return transactions.dsl().selectFrom(BREWERY_GROUPS)
                .where(BREWERY_GROUPS.SHOP_VISIBLE.isTrue().and(BREWERY_GROUPS.STATUS.eq("active")))
                .orderBy(BREWERY_GROUPS.NAME, BREWERY_GROUPS.ID)
                .fetch(JooqGroupStore::toGroup);
    }

    @Override
    public List<PlacementView> placements() {
        return transactions.dsl().select(SHOP_FEATURED_GROUPS.fields()).select(TEAMS.ID, TEAMS.NAME, TEAMS.LOGO_KEY, TEAMS.PUBLIC_SLUG)
                .select(BREWERY_GROUPS.fields()).select(GROUP_MEMBERS.STATUS)
                .from(SHOP_FEATURED_GROUPS)
                .join(TEAMS).on(TEAMS.ID.eq(SHOP_FEATURED_GROUPS.TEAM_ID))
                .join(BREWERY_GROUPS).on(BREWERY_GROUPS.ID.eq(SHOP_FEATURED_GROUPS.GROUP_ID))
                .leftJoin(GROUP_MEMBERS).on(GROUP_MEMBERS.GROUP_ID.eq(SHOP_FEATURED_GROUPS.GROUP_ID)
                        .and(GROUP_MEMBERS.TEAM_ID.eq(SHOP_FEATURED_GROUPS.TEAM_ID)))
                .orderBy(SHOP_FEATURED_GROUPS.POSITION)
                .fetch(r -> new PlacementView(
                        new FeaturedPlacement(r.get(SHOP_FEATURED_GROUPS.ID), new SlotPosition(r.get(SHOP_FEATURED_GROUPS.POSITION)),
                                new TeamId(r.get(SHOP_FEATURED_GROUPS.TEAM_ID)), r.get(SHOP_FEATURED_GROUPS.GROUP_ID),
                                r.get(SHOP_FEATURED_GROUPS.CREATED_AT), r.get(SHOP_FEATURED_GROUPS.UPDATED_AT)),
                        toCard(r), group(r),
                        Optional.ofNullable(r.get(GROUP_MEMBERS.STATUS)).map(s -> GroupMemberStatus.parse("status", s))));
    }

    private static BreweryGroup group(Record r) {
        return JooqGroupStore.toGroup(r.into(BREWERY_GROUPS));
    }

    private static TeamCard toCard(Record r) {
        return new TeamCard(new TeamId(r.get(TEAMS.ID)), r.get(TEAMS.NAME), Optional.ofNullable(r.get(TEAMS.LOGO_KEY)),
                new PublicSlug(r.get(TEAMS.PUBLIC_SLUG)));
    }
}
