package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.activity.Activity;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JooqActivityTest {
    private final JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
    private final Activity activity = persistence.activity();
    private final Instant t0 = Instant.parse("2025-03-01T10:00:00Z");

    private TeamId team(String name) {
        TeamId id = new TeamId(UUID.randomUUID());
        persistence.transactions().run(() -> persistence.teams().insert(Team.create(id, TeamSettings.defaults(name), t0)));
        return id;
    }

    private ActivityEntry entry(TeamId team, String category, int minute) {
        return new ActivityEntry(UUID.randomUUID(), team, category, category + ".thing", "something happened", null,
                List.of(UUID.randomUUID()), t0.plusSeconds(60L * minute));
    }

    @Test
    void lists_a_teams_entries_newest_first_by_category_with_paging() {
        TeamId a = team("A");
        TeamId b = team("B");
        persistence.transactions().run(() -> activity.record(List.of(entry(a, "orders", 1), entry(a, "marketing", 2),
                entry(a, "orders", 3), entry(b, "orders", 4))));

        Page<ActivityEntry> all = persistence.transactions().inTransaction(() -> activity.list(a, null, PageRequest.DEFAULT));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.results()).extracting(ActivityEntry::createdAt)
                .containsExactly(t0.plusSeconds(180), t0.plusSeconds(120), t0.plusSeconds(60));

        Page<ActivityEntry> orders = persistence.transactions().inTransaction(() -> activity.list(a, "orders", new PageRequest(2, 1)));
        assertThat(orders.total()).isEqualTo(2);
        assertThat(orders.pages()).isEqualTo(2);
        assertThat(orders.results()).singleElement().satisfies(e -> {
            assertThat(e.createdAt()).isEqualTo(t0.plusSeconds(60));
            assertThat(e.relatedIds()).hasSize(1);
            assertThat(e.teamId()).isEqualTo(a);
        });
    }
}
