package com.brewski.application.offtrade.contract;

import com.brewski.application.identity.Teams;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.offtrade.CollectionRequests.Filter;
import com.brewski.application.offtrade.CollectionRequests.Listed;
import com.brewski.application.shared.Sort;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.Delivery;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.offtrade.OffTradeDistricts;
import com.brewski.domain.offtrade.Postcode;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CollectionRequests} implementation promises. One store serves the whole class,
 * so each test routes in a postcode area of its own ({@code QA}, {@code QB}, …) and looks only at its
 * own teams. Instants carry at most microseconds, the precision PostgreSQL keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CollectionRequestsContract {
    protected static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123456Z");
    private static final AtomicInteger AREAS = new AtomicInteger();

    /** The ports under test, over a store holding the platform team and nothing of the tests'. */
    public record Ports(Transactions transactions, Teams teams, CollectionRequests requests) {}

    protected abstract Ports createPorts();

    private Ports ports;

    @BeforeAll
    final void openPorts() {
        ports = createPorts();
    }

    private CollectionRequests requests() {
        return ports.requests();
    }

    private static String freshArea() {
        int n = AREAS.getAndIncrement();
        return "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    private Team team(String name, String contactEmail, String... districts) {
        TeamSettings base = TeamSettings.defaults(name);
        TeamSettings settings = new TeamSettings(name, base.currencySymbol(), base.locale(), false, null, null, null, null, null,
                30, base.defaultPaymentTermsUnit(), null, null, contactEmail == null ? null : new Email(contactEmail),
                base.operatingMode(), OffTradeDistricts.parse(Arrays.asList(districts)));
        Team team = Team.create(new TeamId(UUID.randomUUID()), settings, T0);
        ports.transactions().run(() -> ports.teams().insert(team));
        return team;
    }

    private CollectionRequest store(String area, String business, Instant at, List<Team> routedTo) {
        return ports.transactions().inTransaction(() -> {
            CollectionRequestId id = requests().nextId();
            CollectionRequest request = new CollectionRequest(id, business, "Sam Buyer", new Email("sam@deli.example"),
                    "+44 117 496 0000", new Postcode(area + "1 4DJ"), null, "Two kegs, please", at);
            requests().add(request, routedTo.stream().map(t -> CollectionNotice.pending(id, t.id())).toList());
            return request;
        });
    }

    private void notify(CollectionRequest request, Team team, Instant at) {
        CollectionNotice notice = requests().routedTo(request.id(), team.id()).orElseThrow().notice();
        ports.transactions().run(() -> requests().update(notice.after(new Delivery.Sent(at))));
    }

    private Page<Listed> list(Team team, Filter filter, String sort, Sort.Direction direction) {
        return requests().list(team.id(), filter, new Sort(sort, direction), PageRequest.DEFAULT);
    }

    @Test
    void ids_come_from_a_sequence_and_are_never_reused() {
        CollectionRequestId a = requests().nextId();
        CollectionRequestId b = requests().nextId();
        assertThat(b.value()).isGreaterThan(a.value());
    }

    @Test
    void teams_covering_a_district_are_those_listing_it_or_its_area() {
        String area = freshArea();
        Team exact = team("Exact " + area, "exact@brewery.example", area + "1");
        Team whole = team("Whole " + area, null, area);
        team("Neighbour " + area, "n@brewery.example", area + "2");
        team("Prefix " + area, "p@brewery.example", area.substring(0, 1));

        List<CollectionRequests.RoutedTeam> routed = requests().teamsCovering(new District(area + "1"));
        assertThat(routed).extracting(CollectionRequests.RoutedTeam::id).containsExactlyInAnyOrder(exact.id(), whole.id());
        CollectionRequests.RoutedTeam first = routed.stream().filter(r -> r.id().equals(exact.id())).findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("Exact " + area);
        assertThat(first.contactEmail()).isEqualTo(new Email("exact@brewery.example"));
        assertThat(routed.stream().filter(r -> r.id().equals(whole.id())).findFirst().orElseThrow().contactEmail()).isNull();
        assertThat(requests().teamsCovering(new District(area))).extracting(CollectionRequests.RoutedTeam::id).containsExactly(whole.id());
    }

    @Test
    void a_stored_request_round_trips_with_its_pending_notices() {
        String area = freshArea();
        Team one = team("One " + area, null, area);
        Team other = team("Other " + area, null, area + "9");
        CollectionRequest request = store(area, "Corner Deli", T0, List.of(one));

        CollectionRequests.RoutedRequest routed = requests().routedTo(request.id(), one.id()).orElseThrow();
        assertThat(routed.request()).isEqualTo(request);
        assertThat(routed.notice()).isEqualTo(CollectionNotice.pending(request.id(), one.id()));
        assertThat(requests().routedTo(request.id(), other.id())).isEmpty();
        assertThat(requests().routedTo(new CollectionRequestId(Long.MAX_VALUE), one.id())).isEmpty();
    }

    @Test
    void an_update_stores_the_status_and_notified_at_never_moves_back() {
        String area = freshArea();
        Team one = team("One " + area, null, area);
        CollectionRequest request = store(area, "Corner Deli", T0, List.of(one));
        notify(request, one, T0.plusSeconds(60));
        CollectionNotice stored = requests().routedTo(request.id(), one.id()).orElseThrow().notice();
        assertThat(stored.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(stored.notifiedAt()).isEqualTo(T0.plusSeconds(60));

        // a slower resend that started earlier commits last: the later time stays
        CollectionNotice stale = new CollectionNotice(request.id(), one.id(), NoticeStatus.NOTIFIED, T0.plusSeconds(30));
        ports.transactions().run(() -> requests().update(stale));
        assertThat(requests().routedTo(request.id(), one.id()).orElseThrow().notice().notifiedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void a_team_lists_only_its_requests_with_its_own_status_and_the_names_of_the_teams_notified() {
        String area = freshArea();
        Team alpha = team("Alpha " + area, null, area);
        Team beta = team("Beta " + area, null, area);
        Team gamma = team("Gamma " + area, null, area);
        CollectionRequest shared = store(area, "Shared", T0, List.of(alpha, beta, gamma));
        CollectionRequest betaOnly = store(area, "Beta only", T0.plusSeconds(1), List.of(beta));
        notify(shared, gamma, T0.plusSeconds(5));
        notify(shared, beta, T0.plusSeconds(6));

        Page<Listed> alphas = list(alpha, Filter.NONE, "createdAt", Sort.Direction.DESC);
        assertThat(alphas.total()).isEqualTo(1);
        Listed row = alphas.results().getFirst();
        assertThat(row.request()).isEqualTo(shared);
        assertThat(row.notice().status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(row.notifiedTeams()).containsExactly("Beta " + area, "Gamma " + area);

        assertThat(list(beta, Filter.NONE, "createdAt", Sort.Direction.DESC).results())
                .extracting(l -> l.request().id()).containsExactly(betaOnly.id(), shared.id());
    }

    @Test
    void filters_by_status_and_district() {
        String area = freshArea();
        Team team = team("Filter " + area, null, area);
        CollectionRequest pending = store(area, "Pending", T0, List.of(team));
        CollectionRequest notified = store(area, "Notified", T0.plusSeconds(1), List.of(team));
        notify(notified, team, T0.plusSeconds(2));

        assertThat(list(team, new Filter(NoticeStatus.PENDING, null), "createdAt", Sort.Direction.DESC).results())
                .extracting(l -> l.request().id()).containsExactly(pending.id());
        assertThat(list(team, new Filter(NoticeStatus.NOTIFIED, null), "createdAt", Sort.Direction.DESC).results())
                .extracting(l -> l.request().id()).containsExactly(notified.id());
        assertThat(list(team, new Filter(null, new District(area + "1")), "createdAt", Sort.Direction.DESC).total()).isEqualTo(2);
        assertThat(list(team, new Filter(null, new District(area + "2")), "createdAt", Sort.Direction.DESC).total()).isZero();
    }

    @Test
    void sorts_by_notified_at_with_pending_requests_last_either_way() {
        String area = freshArea();
        Team team = team("Sort " + area, null, area);
        CollectionRequest never = store(area, "Never", T0, List.of(team));
        CollectionRequest early = store(area, "Early", T0.plusSeconds(1), List.of(team));
        CollectionRequest late = store(area, "Late", T0.plusSeconds(2), List.of(team));
        notify(early, team, T0.plusSeconds(10));
        notify(late, team, T0.plusSeconds(20));

        assertThat(list(team, Filter.NONE, "notifiedAt", Sort.Direction.ASC).results())
                .extracting(l -> l.request().id()).containsExactly(early.id(), late.id(), never.id());
        assertThat(list(team, Filter.NONE, "notifiedAt", Sort.Direction.DESC).results())
                .extracting(l -> l.request().id()).containsExactly(late.id(), early.id(), never.id());
        assertThat(list(team, Filter.NONE, "createdAt", Sort.Direction.ASC).results())
                .extracting(l -> l.request().id()).containsExactly(never.id(), early.id(), late.id());
    }

    @Test
    void pages_report_the_total() {
        String area = freshArea();
        Team team = team("Pages " + area, null, area);
        for (int i = 0; i < 5; i++) store(area, "Deli " + i, T0.plusSeconds(i), List.of(team));
        Page<Listed> second = requests().list(team.id(), Filter.NONE, new Sort("createdAt", Sort.Direction.ASC), new PageRequest(2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.results()).extracting(l -> l.request().businessName()).containsExactly("Deli 2", "Deli 3");
    }
}
