package com.brewski.application.testing;

import com.brewski.application.identity.Teams;
import com.brewski.application.identity.Users;
import com.brewski.application.promotions.Promotions;
import com.brewski.domain.identity.Team;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.shared.Conflict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Promotions in a map (locks are the in-memory transactions' one lock); one default at most, as the database's index keeps it. */
public final class InMemoryPromotions implements Promotions {
    private final Map<PromotionId, Promotion> promotions = new ConcurrentHashMap<>();
    private final Teams teams;
    private final Users users;

    public InMemoryPromotions(Teams teams, Users users) {
        this.teams = teams;
        this.users = users;
    }

    @Override
    public void lockDefault() {
    }

    @Override
    public List<Promotion> defaults() {
        return promotions.values().stream().filter(Promotion::isDefault).toList();
    }

    @Override
    public Optional<Promotion> byIdForUpdate(PromotionId id) {
        return Optional.ofNullable(promotions.get(id));
    }

    @Override
    public void insert(Promotion promotion) {
        promotions.put(promotion.id(), promotion);
        checkOneDefault();
    }

    @Override
    public void update(Promotion promotion) {
        promotions.put(promotion.id(), promotion);
        checkOneDefault();
    }

    @Override
    public void delete(PromotionId id) {
        promotions.remove(id);
    }

    @Override
    public List<PromotionView> list() {
        return promotions.values().stream()
                .sorted(Comparator.comparing(Promotion::startsAt).reversed())
                .map(this::view)
                .toList();
    }

    @Override
    public Optional<PromotionView> view(PromotionId id) {
        return Optional.ofNullable(promotions.get(id)).map(this::view);
    }

    @Override
    public Optional<FeaturedTeam> oldestBreweryTeam() {
        return ((InMemoryTeams) teams).all().stream().filter(t -> !t.isPlatform())
                .min(Comparator.comparing(Team::createdAt)).map(InMemoryPromotions::featured);
    }

    private PromotionView view(Promotion p) {
        Team team = teams.byId(p.teamId()).orElseThrow();
        String author = users.byId(p.createdBy()).map(u -> u.name()).orElse(null);
        return new PromotionView(p, featured(team), new Author(p.createdBy(), author));
    }

    private static FeaturedTeam featured(Team team) {
        return new FeaturedTeam(team.id(), team.name(), team.logoKey().orElse(null), team.publicSlug().value());
    }

    private void checkOneDefault() {
        if (defaults().size() > 1) throw new Conflict("two default promotions");
    }
}
