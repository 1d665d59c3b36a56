package com.brewski.domain.fulfillment;

import com.brewski.domain.identity.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of an order's audit trail: what was tried for an item, by whom ({@code adminUserId} null
 * for AUTO), and how it ended. The correlation id tags every log line of the attempt
 * ({@code fa:<correlationId>}) and the notes of the alerts it resolves.
 */
public record FulfilmentAttempt(AttemptId id, VoucherOrderId orderId, OrderItemId orderItemId, AttemptType type,
                                AttemptStatus status, UUID correlationId, String errorMessage,
                                Map<String, Object> partnerResponse, String codeProvided, UserId adminUserId,
                                String notes, PartnerTransactionId partnerTransactionId, Instant createdAt) {
    public FulfilmentAttempt {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(correlationId, "correlationId");
        partnerResponse = partnerResponse == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(partnerResponse));
        if (type == AttemptType.AUTO && adminUserId != null) throw new IllegalArgumentException("an AUTO attempt has no admin user");
    }

    /** The audit's summary of the codes entered: {@code FIRST-CODE (+N more)}. */
    public static String codeSummary(List<String> codes) {
        if (codes.isEmpty()) return null;
        return codes.size() == 1 ? codes.getFirst() : codes.getFirst() + " (+" + (codes.size() - 1) + " more)";
    }

    /** The log tag of the attempt. */
    public static String logTag(UUID correlationId) {
        return "fa:" + correlationId;
    }
}
