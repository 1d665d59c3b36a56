package com.brewski.application.testing;

import com.brewski.application.identity.Teams;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Collection requests and notices in maps; teams are read from the in-memory teams. */
public final class InMemoryCollectionRequests implements CollectionRequests, InMemoryStore {
    private final InMemoryTeams teams;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<CollectionRequestId, CollectionRequest> requests = new ConcurrentHashMap<>();
    private final Map<CollectionRequestId, Map<TeamId, CollectionNotice>> notices = new ConcurrentHashMap<>();

    public InMemoryCollectionRequests(InMemoryTeams teams) {
        this.teams = teams;
    }

    @Override
    public CollectionRequestId nextId() {
        return new CollectionRequestId(sequence.incrementAndGet());
    }

    @Override
    public List<RoutedTeam> teamsCovering(District district) {
        return teams.all().stream()
                .filter(t -> !t.isPlatform() && t.settings().offTradeDistricts().covers(district))
                .sorted(Comparator.comparing((Team t) -> t.settings().name()).thenComparing(t -> t.id().value(), InMemoryLists.UUID_ORDER))
                .map(t -> new RoutedTeam(t.id(), t.settings().name(), t.settings().offTradeContactEmail()))
                .toList();
    }

    @Override
    public void add(CollectionRequest request, List<CollectionNotice> list) {
        requests.put(request.id(), request);
        Map<TeamId, CollectionNotice> byTeam = new ConcurrentHashMap<>();
        list.forEach(n -> byTeam.put(n.teamId(), n));
        notices.put(request.id(), byTeam);
    }

    @Override
    public Optional<RoutedRequest> routedTo(CollectionRequestId id, TeamId teamId) {
        CollectionRequest request = requests.get(id);
        CollectionNotice notice = notices.getOrDefault(id, Map.of()).get(teamId);
        return request == null || notice == null ? Optional.empty() : Optional.of(new RoutedRequest(request, notice));
    }

    @Override
    public void update(CollectionNotice notice) {
        Map<TeamId, CollectionNotice> byTeam = notices.get(notice.requestId());
        if (byTeam == null || !byTeam.containsKey(notice.teamId())) throw new IllegalStateException("notice not stored: " + notice);
        byTeam.merge(notice.teamId(), notice, (old, now) ->
                old.notifiedAt() != null && now.notifiedAt() != null && old.notifiedAt().isAfter(now.notifiedAt()) ? old : now);
    }

    @Override
    public Page<Listed> list(TeamId teamId, Filter filter, Sort sort, PageRequest page) {
        List<Listed> all = new ArrayList<>();
        for (var entry : notices.entrySet()) {
            CollectionNotice notice = entry.getValue().get(teamId);
            if (notice == null) continue;
            CollectionRequest request = requests.get(entry.getKey());
            if (filter.status() != null && notice.status() != filter.status()) continue;
            if (filter.district() != null && !request.district().equals(filter.district())) continue;
            List<String> notified = entry.getValue().values().stream()
                    .filter(n -> n.status() == NoticeStatus.NOTIFIED)
                    .map(n -> teams.byId(n.teamId()).orElseThrow().settings().name())
                    .sorted().toList();
            all.add(new Listed(request, notice, notified));
        }
        boolean asc = sort.direction() == Sort.Direction.ASC;
        Comparator<Listed> byId = Comparator.comparingLong(l -> l.request().id().value());
        Comparator<Listed> order = switch (sort.key()) {
            case "createdAt" -> Comparator.comparing((Listed l) -> l.request().createdAt()).thenComparing(byId);
            case "notifiedAt" -> Comparator.comparing((Listed l) -> l.notice().notifiedAt(),
                    Comparator.nullsLast(asc ? Comparator.naturalOrder() : Comparator.<java.time.Instant>reverseOrder()))
                    .thenComparing(asc ? byId : byId.reversed());
            default -> throw new IllegalArgumentException(sort.key());
        };
        if (!asc && !sort.key().equals("notifiedAt")) order = order.reversed();
        return InMemoryLists.page(all.stream().sorted(order).toList(), page);
    }

    @Override
    public Runnable snapshot() {
        Map<CollectionRequestId, CollectionRequest> requestsCopy = new HashMap<>(requests);
        Map<CollectionRequestId, Map<TeamId, CollectionNotice>> noticesCopy = new HashMap<>();
        notices.forEach((id, byTeam) -> noticesCopy.put(id, new HashMap<>(byTeam)));
        return () -> {
            requests.clear();
            requests.putAll(requestsCopy);
            notices.clear();
            noticesCopy.forEach((id, byTeam) -> notices.put(id, new ConcurrentHashMap<>(byTeam)));
        };
    }
}
