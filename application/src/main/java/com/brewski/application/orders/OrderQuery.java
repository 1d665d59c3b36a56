package com.brewski.application.orders;

import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.shared.PageRequest;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a list of orders asks for. {@code teamId} limits to one team's orders (null for a group's
 * orders across its teams, where {@code groupId} is then required). Sort keys: issueDate,
 * dueDate, createdAt.
 */
public record OrderQuery(TeamId teamId, UUID groupId, OrderState state, OrderStatus status, DispatchStatus dispatchStatus,
                         GroupClaimStatus groupClaimStatus, String search, Sort sort, PageRequest page, LocalDate today) {
    public OrderQuery {
        if (teamId == null && groupId == null) throw new IllegalArgumentException("teamId or groupId is required");
    }

    /** The same query as of a given day (the use case's clock decides what "due" means). */
    public OrderQuery asOf(LocalDate day) {
        return new OrderQuery(teamId, groupId, state, status, dispatchStatus, groupClaimStatus, search, sort, page, day);
    }
}
