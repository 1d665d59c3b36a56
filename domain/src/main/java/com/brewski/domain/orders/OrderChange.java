package com.brewski.domain.orders;

import com.brewski.domain.shared.Patch;

import java.time.LocalDate;

/** A partial change to an order's own fields; the group link arrives already checked against the group. */
public record OrderChange(Patch<OrderStatus> status, Patch<LocalDate> issueDate, Patch<LocalDate> dueDate,
                          Patch<String> notes, Patch<Boolean> dutySuspense, Patch<AwrsNumber> awrsNumber,
                          Patch<GroupLink> groupLink, Patch<Shipping.Choice> shipping) {
    public boolean isEmpty() {
        return !(status.isPresent() || issueDate.isPresent() || dueDate.isPresent() || notes.isPresent()
                || dutySuspense.isPresent() || awrsNumber.isPresent() || groupLink.isPresent() || shipping.isPresent());
    }
}
