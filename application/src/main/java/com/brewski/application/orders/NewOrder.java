package com.brewski.application.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.shared.Patch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /orders}, parsed. Absent dates default (issue date today, due date by
 * the team's payment terms); an absent AWRS number snapshots the client's, null leaves it empty.
 */
public record NewOrder(TeamId teamId, UUID clientId, OrderStatus status, Patch<LocalDate> issueDate,
                       Patch<LocalDate> dueDate, String notes, boolean dutySuspense, Patch<String> awrsNumber,
                       GroupFields group, Shipping.Choice shipping) {

    /** The group linkage fields as given (groupId null means no group). */
    public record GroupFields(UUID groupId, TeamId claimTeamId, GroupClaimStatus claimStatus,
                              Instant earliestDeliveryAt, Instant latestDeliveryAt) {
        public static final GroupFields NONE = new GroupFields(null, null, null, null, null);
    }
}
