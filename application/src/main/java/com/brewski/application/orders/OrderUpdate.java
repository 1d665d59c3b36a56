package com.brewski.application.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code PATCH /orders/:id}, parsed; at least one field is required. */
public record OrderUpdate(Patch<OrderStatus> status, Patch<LocalDate> issueDate, Patch<LocalDate> dueDate,
                          Patch<String> notes, Patch<Boolean> dutySuspense, Patch<String> awrsNumber,
                          Patch<UUID> groupId, Patch<TeamId> groupClaimTeamId, Patch<GroupClaimStatus> groupClaimStatus,
                          Patch<Instant> groupEarliestDeliveryAt, Patch<Instant> groupLatestDeliveryAt,
                          Patch<Shipping.Choice> shipping) {
    public OrderUpdate {
        boolean any = status.isPresent() || issueDate.isPresent() || dueDate.isPresent() || notes.isPresent()
                || dutySuspense.isPresent() || awrsNumber.isPresent() || groupId.isPresent() || groupClaimTeamId.isPresent()
                || groupClaimStatus.isPresent() || groupEarliestDeliveryAt.isPresent() || groupLatestDeliveryAt.isPresent()
                || shipping.isPresent();
        if (!any) throw new InvalidField("body", "at least one field is required");
    }

    public boolean touchesGroup() {
        return groupId.isPresent() || groupClaimTeamId.isPresent() || groupClaimStatus.isPresent()
                || groupEarliestDeliveryAt.isPresent() || groupLatestDeliveryAt.isPresent();
    }
}
