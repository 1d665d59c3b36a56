package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.AttemptType;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.Voucher;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The guards and the saving of manually entered codes, shared by {@link SubmitManualCode} and
 * {@link SubmitManualCodes}; runs inside their transaction with the order locked.
 */
final class ManualCodeEntry {
    private final VoucherOrders orders;
    private final VoucherPartners partners;
    private final FulfilmentAttempts attempts;
    private final Clock clock;

    ManualCodeEntry(VoucherOrders orders, VoucherPartners partners, FulfilmentAttempts attempts, Clock clock) {
        this.orders = orders;
        this.partners = partners;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Checks the guide's guards for one item (after the payment guard) and attaches the codes to it. */
    OrderItem attach(VoucherOrder order, ManualCodes input, String field) {
        if (input.codes().isEmpty()) throw new InvalidField(field, "at least one code must be provided");
        OrderItem item = order.item(input.orderItemId());
        item.requireOpenForDispatch(attempts.hasDispatched(item.id()), clock.instant());
        item.requireOneCodePerUnit(field, input.codes().size());
        Set<String> seen = new HashSet<>();
        for (ManualCodes.Entry entry : input.codes()) {
            if (!seen.add(entry.code().code())) throw new InvalidField(field, field + " must not repeat a code");
            if (entry.partnerId() != null && partners.find(entry.partnerId()).isEmpty())
                throw new InvalidField("partnerId", "partnerId is not a known partner");
        }
        if (!orders.itemsHoldingCodes(seen, item.id()).isEmpty())
            throw new Conflict("a code in the request is already assigned to another order item", "CODE_ALREADY_ASSIGNED");
        item.attach(input.codes().stream().map(e -> new Voucher(e.code(), e.partnerId())).toList());
        return item;
    }

    FulfilmentAttempt attempt(VoucherOrder order, OrderItem item, ManualCodes input, Caller caller, String notes,
                              UUID correlationId, Dispatch dispatch) {
        List<String> codes = input.codes().stream().map(e -> e.code().code()).toList();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("source", "manual");
        response.put("allCodes", codes);
        return attempts.insert(new FulfilmentAttempt(null, order.id(), item.id(), AttemptType.MANUAL_CODE_INPUT,
                status(dispatch), correlationId, error(dispatch), response, FulfilmentAttempt.codeSummary(codes),
                caller.userId(), notes, null, clock.instant()));
    }

    static AttemptStatus status(Dispatch dispatch) {
        return switch (dispatch) {
            case Dispatch.Dispatched d -> AttemptStatus.DISPATCHED;
            case Dispatch.DispatchFailed f -> AttemptStatus.DISPATCH_FAILED;
        };
    }

    static String error(Dispatch dispatch) {
        return switch (dispatch) {
            case Dispatch.Dispatched d -> null;
            case Dispatch.DispatchFailed f -> "voucher email failed: " + f.error();
        };
    }
}
