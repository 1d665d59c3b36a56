package com.brewski.application.testing;

import com.brewski.application.catalogue.DefaultContainers;
import com.brewski.domain.catalogue.DefaultContainer;
import com.brewski.domain.identity.TeamId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Default-container choices per team; {@link #offer} declares a team's default containers. */
public final class InMemoryDefaultContainers implements DefaultContainers {
    private final Map<TeamId, List<UUID>> containers = new ConcurrentHashMap<>();
    private final Map<UUID, DefaultContainer> choices = new ConcurrentHashMap<>();

    public void offer(TeamId teamId, UUID containerId) {
        containers.computeIfAbsent(teamId, t -> new ArrayList<>()).add(containerId);
    }

    @Override
    public List<DefaultContainer> of(TeamId teamId) {
        return containers.getOrDefault(teamId, List.of()).stream()
                .map(id -> choices.getOrDefault(id, new DefaultContainer(id, null, true)))
                .toList();
    }

    @Override
    public void save(TeamId teamId, List<DefaultContainer> list) {
        list.forEach(c -> choices.put(c.id(), c));
    }
}
