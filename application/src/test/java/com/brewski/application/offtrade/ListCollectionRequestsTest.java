package com.brewski.application.offtrade;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.OffTradeFixture;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.brewski.application.testing.OffTradeFixture.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListCollectionRequestsTest {
    private static final Sort NEWEST = new Sort("createdAt", Sort.Direction.DESC);
    private final OffTradeFixture f = new OffTradeFixture();
    private final Caller ann = f.user("ann@lantern.example");
    private final Team lantern = f.brewery(ann, "Lantern", "orders@lantern.example", "BS");
    private final Caller hal = f.user("hal@harbour.example");
    private final Team harbour = f.brewery(hal, "Harbour", null, "BS1");
    private final CollectionRequestId first;
    private final CollectionRequestId second;
    private final CollectionRequestId third;

    ListCollectionRequestsTest() {
        first = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1").request().id();
        f.clock.advance(Duration.ofMinutes(1));
        second = f.requestCollection.submit(submission("Bottle Shop", "BS16 1QY"), "10.0.0.1").request().id();
        f.clock.advance(Duration.ofMinutes(1));
        third = f.requestCollection.submit(submission("Bath Deli", "BA1 1AA"), "10.0.0.1").request().id();
    }

    private Page<CollectionRequests.Listed> list(Caller caller, TeamId team, CollectionRequests.Filter filter, Sort sort) {
        return f.list.list(caller, team, filter, sort, PageRequest.DEFAULT);
    }

    @Test
    void a_team_sees_only_the_requests_routed_to_it_newest_first() {
        assertThat(list(ann, lantern.id(), CollectionRequests.Filter.NONE, NEWEST).results())
                .extracting(l -> l.request().id()).containsExactly(second, first);
        assertThat(list(hal, harbour.id(), CollectionRequests.Filter.NONE, NEWEST).results())
                .extracting(l -> l.request().id()).containsExactly(first);
        assertThat(third).isNotNull();
    }

    @Test
    void each_row_carries_that_team_status_and_the_names_of_the_teams_notified() {
        CollectionRequests.Listed row = list(hal, harbour.id(), CollectionRequests.Filter.NONE, NEWEST).results().getFirst();
        assertThat(row.notice().status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(row.notice().notifiedAt()).isNull();
        assertThat(row.notifiedTeams()).containsExactly("Lantern");
    }

    @Test
    void filters_by_status_and_district() {
        assertThat(list(ann, lantern.id(), new CollectionRequests.Filter(null, new District("BS16")), NEWEST).results())
                .extracting(l -> l.request().id()).containsExactly(second);
        assertThat(list(hal, harbour.id(), new CollectionRequests.Filter(NoticeStatus.NOTIFIED, null), NEWEST).total()).isZero();
        assertThat(list(hal, harbour.id(), new CollectionRequests.Filter(NoticeStatus.PENDING, null), NEWEST).total()).isEqualTo(1);
    }

    @Test
    void sorts_by_created_at_either_way() {
        assertThat(list(ann, lantern.id(), CollectionRequests.Filter.NONE, new Sort("createdAt", Sort.Direction.ASC)).results())
                .extracting(l -> l.request().id()).containsExactly(first, second);
    }

    @Test
    void any_member_and_platform_staff_may_list_but_not_other_teams() {
        Caller member = f.member(ann, lantern.id(), "mo@lantern.example", TeamRole.MEMBER);
        assertThat(list(member, lantern.id(), CollectionRequests.Filter.NONE, NEWEST).total()).isEqualTo(2);
        assertThatThrownBy(() -> list(hal, lantern.id(), CollectionRequests.Filter.NONE, NEWEST)).isInstanceOf(Forbidden.class);
        Caller admin = f.platformAdmin("support@brewski.example");
        assertThat(list(admin, lantern.id(), CollectionRequests.Filter.NONE, NEWEST).total()).isEqualTo(2);
        assertThatThrownBy(() -> list(admin, new TeamId(UUID.randomUUID()), CollectionRequests.Filter.NONE, NEWEST))
                .isInstanceOf(NotFound.class);
    }
}
