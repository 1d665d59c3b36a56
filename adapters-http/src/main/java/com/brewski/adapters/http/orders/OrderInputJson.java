package com.brewski.adapters.http.orders;

import com.brewski.adapters.http.support.JsonBody;
import com.brewski.application.orders.NewLine;
import com.brewski.application.orders.NewOrder;
import com.brewski.application.orders.OrderUpdate;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.LineChange;
import com.brewski.domain.orders.LineKind;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Reads the bodies of the order routes into the use cases' inputs. Each field is parsed into its
 * domain value here, so a bad one is a 400 naming it; absent and null stay apart where the
 * contract gives them different meanings (an omitted {@code awrsNumber} snapshots the client's, a
 * null one leaves it empty).
 */
final class OrderInputJson {
    private OrderInputJson() {}

    /** {@code POST /orders}. */
    static NewOrder newOrder(JsonBody body) {
        UUID claimTeam = body.optionalUuid("groupClaimTeamId");
        NewOrder.GroupFields group = new NewOrder.GroupFields(
                body.optionalUuid("groupId"),
                claimTeam == null ? null : new TeamId(claimTeam),
                body.optionalEnum("groupClaimStatus", GroupClaimStatus::parse),
                body.optionalInstant("groupEarliestDeliveryAt"),
                body.optionalInstant("groupLatestDeliveryAt"));
        Boolean dutySuspense = body.optionalBoolean("dutySuspense");
        return new NewOrder(
                new TeamId(body.requiredUuid("teamId")),
                body.requiredUuid("clientId"),
                body.optionalEnum("status", OrderStatus::parse),
                body.datePatch("issueDate"),
                body.datePatch("dueDate"),
                body.optionalString("notes"),
                dutySuspense != null && dutySuspense,
                body.stringPatch("awrsNumber"),
                group,
                shipping(body.optionalObject("shipping")));
    }

    /** {@code PATCH /orders/:id}; the update refuses a body without any of its fields. */
    static OrderUpdate orderUpdate(JsonBody body) {
        return new OrderUpdate(
                body.enumPatch("status", OrderStatus::parse),
                body.datePatch("issueDate"),
                body.datePatch("dueDate"),
                body.stringPatch("notes"),
                body.booleanPatch("dutySuspense"),
                body.stringPatch("awrsNumber"),
                body.uuidPatch("groupId"),
                body.uuidPatch("groupClaimTeamId").map(TeamId::new),
                body.enumPatch("groupClaimStatus", GroupClaimStatus::parse),
                body.instantPatch("groupEarliestDeliveryAt"),
                body.instantPatch("groupLatestDeliveryAt"),
                body.objectPatch("shipping", OrderInputJson::shipping));
    }

    /** {@code shipping: {mode, amountMinor?, notes?}}; null when not given. */
    private static Shipping.Choice shipping(JsonBody shipping) {
        if (shipping == null) return null;
        return new Shipping.Choice(shipping.requiredEnum("mode", ShippingMode::parse),
                shipping.optionalLong("amountMinor"), shipping.optionalString("notes"));
    }

    /** {@code POST /orders/:id/items}. */
    static NewLine newLine(JsonBody body) {
        BigDecimal quantity = body.optionalDecimal("quantity");
        BigDecimal taxRate = body.optionalDecimal("taxRate");
        return new NewLine(
                body.optionalEnum("kind", LineKind::parse),
                body.optionalUuid("beerId"),
                body.optionalUuid("containerId"),
                body.optionalUuid("multipackId"),
                body.optionalString("description"),
                body.optionalString("unit"),
                quantity == null ? null : new Quantity(quantity),
                body.optionalLong("unitPriceMinor"),
                taxRate == null ? null : new TaxRate(taxRate),
                Discount.of(body.optionalString("discountType"), body.optionalDecimal("discountValue")));
    }

    /** {@code PATCH /orders/:id/items/:itemId}: the discount is set, or cleared with nulls, as a pair. */
    static LineChange lineChange(JsonBody body) {
        Patch<Discount> discount = body.has("discountType") || body.has("discountValue")
                ? Patch.set(Discount.of(body.optionalString("discountType"), body.optionalDecimal("discountValue")))
                : Patch.absent();
        return new LineChange(
                body.stringPatch("description"),
                body.stringPatch("unit"),
                body.decimalPatch("quantity").map(Quantity::new),
                body.longPatch("unitPriceMinor"),
                body.decimalPatch("taxRate").map(TaxRate::new),
                discount);
    }
}
