package com.brewski.application.offtrade;

import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stored collection requests and, per routed team, their notices. */
public interface CollectionRequests {
    /** A new request id, from a sequence (never reused). */
    CollectionRequestId nextId();

    /** The brewery teams whose {@code offTradeDistricts} cover the district (one query), by name. */
    List<RoutedTeam> teamsCovering(District district);

    /** Stores a request with the notices of the teams it is routed to. */
    void add(CollectionRequest request, List<CollectionNotice> notices);

    /** A request with its notice for the team, when it was routed to that team. */
    Optional<RoutedRequest> routedTo(CollectionRequestId id, TeamId teamId);

    /** Stores a notice's new status and time (a {@code notifiedAt} never moves back). */
    void update(CollectionNotice notice);

    /** A page of the requests routed to a team, with that team's notice and the names of the teams notified. */
    Page<Listed> list(TeamId teamId, Filter filter, Sort sort, PageRequest page);

    /** A team a request is routed to, as notifications need it. */
    record RoutedTeam(TeamId id, String name, Email contactEmail) {
        public RoutedTeam {
            Objects.requireNonNull(id);
            Objects.requireNonNull(name);
        }
    }

    record RoutedRequest(CollectionRequest request, CollectionNotice notice) {}

    /** Optional filters: one status, one district. */
    record Filter(NoticeStatus status, District district) {
        public static final Filter NONE = new Filter(null, null);
    }

    record Listed(CollectionRequest request, CollectionNotice notice, List<String> notifiedTeams) {
        public Listed {
            notifiedTeams = List.copyOf(notifiedTeams);
        }
    }
}
