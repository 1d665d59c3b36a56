package com.brewski.domain.activity;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a team's activity timeline: what happened ({@code type}, e.g.
 * {@code orders.group.claimed}), in which category, said in words, by whom, about what, when.
 */
public record ActivityEntry(UUID id, TeamId teamId, String category, String type, String message, UserId actorId,
                            List<UUID> relatedIds, Instant createdAt) {
    public ActivityEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        category = Text.required("category", category, 40);
        type = Text.required("type", type, 100);
        message = Text.required("message", message, 1000);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
        Objects.requireNonNull(createdAt);
    }
}
