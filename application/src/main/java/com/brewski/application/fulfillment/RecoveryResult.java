package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.AttemptId;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.OrderItemId;

import java.util.List;
import java.util.UUID;

/**
 * The answer of a recovery route: {@code success}, a message, and the attempt it produced. For the
 * whole-order route, {@code items} holds one result per item.
 */
public record RecoveryResult(boolean success, String message, OrderItemId orderItemId, AttemptId attemptId,
                             UUID correlationId, AttemptStatus status, Boolean emailSent, String errorMessage,
                             List<RecoveryResult> items) {
    public RecoveryResult {
        items = items == null ? null : List.copyOf(items);
    }
}
