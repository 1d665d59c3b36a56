package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.FakeImages;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.InMemoryPromotions;
import com.brewski.application.testing.InMemoryTeams;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.application.testing.InMemoryUsers;
import com.brewski.application.testing.MutableClock;
import com.brewski.application.testing.SequentialIds;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.TextColor;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The promotion use cases on in-memory ports and a clock moved by hand. */
final class PromotionFixture {
    final MutableClock clock = MutableClock.at("2025-04-10T12:00:00Z");
    final SequentialIds ids = new SequentialIds();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryTeams teams = new InMemoryTeams();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryObjectStore objects = new InMemoryObjectStore();
    final FakeImages images = new FakeImages();
    final InMemoryPromotions promotions = new InMemoryPromotions(teams, users);

    final ListPromotions list = new ListPromotions(promotions, transactions);
    final CreatePromotion create = new CreatePromotion(promotions, teams, objects, images, transactions, clock, ids);
    final UpdatePromotion update = new UpdatePromotion(promotions, teams, objects, images, transactions, clock);
    final MakePromotionDefault makeDefault = new MakePromotionDefault(promotions, transactions, clock);
    final DeletePromotion delete = new DeletePromotion(promotions, objects, transactions);
    final ShowCurrentPromotion current = new ShowCurrentPromotion(promotions, transactions, clock);

    final Caller staff;
    final Caller brewer;

    PromotionFixture() {
        User sophie = User.registered(new UserId(UUID.randomUUID()), new Email("sophie@brewski.example"), "Sophie Brewer", "x", clock.instant());
        users.insert(sophie);
        staff = new Caller(sophie.id(), sophie.email(), UUID.randomUUID(), Optional.of(PlatformRole.SUPPORT));
        brewer = new Caller(new UserId(UUID.randomUUID()), new Email("brewer@brewski.example"), UUID.randomUUID(), Optional.empty());
    }

    TeamId team(String name, String createdAt) {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults(name), Instant.parse(createdAt));
        teams.insert(team);
        return team.id();
    }

    static PromotionDetails details(TeamId team, String startsAt) {
        return new PromotionDetails(team, Instant.parse(startsAt), "Featured brewery", null, "Rooftop pour", null, true,
                com.brewski.domain.promotions.TextBackground.DARK, TextColor.WHITE);
    }

    static byte[] png() {
        return FakeImages.upload("png", 1600, 900);
    }
}
