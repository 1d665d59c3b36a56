package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.VoucherOrderId;

/**
 * Durable background jobs: the automatic fulfilment of a paid order. A job survives a restart and runs
 * in exactly one server instance at a time.
 */
public interface FulfilmentJobs {
    /** Queues the order's fulfilment; joins the caller's transaction (queued only if it commits). Queuing twice is one job. */
    void enqueue(VoucherOrderId orderId);
}
