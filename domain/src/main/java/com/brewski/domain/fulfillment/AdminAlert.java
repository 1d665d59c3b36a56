package com.brewski.domain.fulfillment;

import java.time.Instant;
import java.util.Objects;

/** An alert in the admin panel: open until an operator's recovery (or the system) resolves it. */
public final class AdminAlert {
    private final AlertId id;
    private final VoucherOrderId orderId;
    private final AlertKind kind;
    private final String message;
    private AlertStatus status;
    private String resolutionNotes;
    private Instant resolvedAt;
    private final Instant createdAt;

    private AdminAlert(AlertId id, VoucherOrderId orderId, AlertKind kind, String message, AlertStatus status,
                       String resolutionNotes, Instant resolvedAt, Instant createdAt) {
        this.id = id;
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = message;
        this.status = status;
        this.resolutionNotes = resolutionNotes;
        this.resolvedAt = resolvedAt;
        this.createdAt = createdAt;
    }

    public static AdminAlert raise(VoucherOrderId orderId, AlertKind kind, String message, Instant now) {
        return new AdminAlert(null, orderId, kind, message, AlertStatus.OPEN, null, null, now);
    }

    public static AdminAlert rebuild(AlertId id, VoucherOrderId orderId, AlertKind kind, String message, AlertStatus status,
                                     String resolutionNotes, Instant resolvedAt, Instant createdAt) {
        return new AdminAlert(Objects.requireNonNull(id, "id"), orderId, kind, message, status, resolutionNotes, resolvedAt, createdAt);
    }

    /** Whether a successful recovery resolves this alert (fulfilment alerts do; a payment mismatch does not). */
    public boolean resolvedByRecovery() {
        return status == AlertStatus.OPEN && (kind == AlertKind.FULFILLMENT_FAILED || kind == AlertKind.FULFILLMENT_PARTIAL
                || kind == AlertKind.DISPATCH_FAILED);
    }

    /** Resolves the alert; the notes name the attempt's correlation id. */
    public void resolve(String notes, Instant at) {
        if (status == AlertStatus.RESOLVED) return;
        status = AlertStatus.RESOLVED;
        resolutionNotes = notes;
        resolvedAt = at;
    }

    public AlertId id() { return id; }
    public VoucherOrderId orderId() { return orderId; }
    public AlertKind kind() { return kind; }
    public String message() { return message; }
    public AlertStatus status() { return status; }
    public String resolutionNotes() { return resolutionNotes; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant createdAt() { return createdAt; }
}
