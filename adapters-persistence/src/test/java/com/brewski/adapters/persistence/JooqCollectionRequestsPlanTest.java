package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.offtrade.ListCollectionRequests;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.Delivery;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.OffTradeDistricts;
import com.brewski.domain.offtrade.Postcode;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of collection requests is one query plus one count, and routing one query, however many rows and teams. */
class JooqCollectionRequestsPlanTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void a_page_and_the_routing_take_a_fixed_number_of_statements() {
        StatementCounter counter = new StatementCounter();
        JooqPersistence persistence = new JooqPersistence(counter.wrap(TestDatabase.fresh()));
        JooqCollectionRequests requests = new JooqCollectionRequests(persistence);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TeamSettings base = TeamSettings.defaults("Team " + i);
            Team team = Team.create(new TeamId(UUID.randomUUID()), new TeamSettings("Team " + i, base.currencySymbol(), base.locale(),
                    false, null, null, null, null, null, 30, base.defaultPaymentTermsUnit(), null, null, null, base.operatingMode(),
                    OffTradeDistricts.parse(List.of(i % 2 == 0 ? "BS" : "BS1"))), T0);
            persistence.transactions().run(() -> persistence.teams().insert(team));
            teams.add(team);
        }
        for (int r = 0; r < 30; r++) {
            int n = r;
            persistence.transactions().run(() -> {
                CollectionRequestId id = requests.nextId();
                requests.add(new CollectionRequest(id, "Deli " + n, "Sam", new Email("sam@deli.example"), null,
                        new Postcode("BS1 4DJ"), null, "Kegs", T0.plusSeconds(n)),
                        teams.stream().map(t -> CollectionNotice.pending(id, t.id())).toList());
                for (Team t : teams.subList(0, 3))
                    requests.update(CollectionNotice.pending(id, t.id()).after(new Delivery.Sent(T0.plusSeconds(100 + n))));
            });
        }

        for (String sort : ListCollectionRequests.SORT_KEYS) {
            List<String> page = counter.during(() -> assertThat(requests.list(teams.getFirst().id(), CollectionRequests.Filter.NONE,
                    new Sort(sort, Sort.Direction.DESC), new PageRequest(1, 25)).results()).hasSize(25)
                    .allSatisfy(l -> assertThat(l.notifiedTeams()).hasSize(3)));
            assertThat(page).as(sort).hasSize(2);
        }
        List<String> routing = counter.during(() -> assertThat(requests.teamsCovering(new District("BS1"))).hasSize(6));
        assertThat(routing).hasSize(1);
    }
}
