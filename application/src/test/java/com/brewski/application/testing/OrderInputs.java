package com.brewski.application.testing;

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
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test data builders for the order use cases' inputs: what is not said is omitted. */
public final class OrderInputs {
    private OrderInputs() {}

    public static NewOrderBuilder newOrder(TeamId teamId, UUID clientId) {
        return new NewOrderBuilder(teamId, clientId);
    }

    public static UpdateBuilder update() {
        return new UpdateBuilder();
    }

    /** A beer in a container, priced from the pricebooks. */
    public static NewLine beerLine(UUID beerId, UUID containerId, String quantity) {
        return new NewLine(LineKind.STANDARD, beerId, containerId, null, null, null, Quantity.of(quantity), null, null, null);
    }

    /** A beer in a container at a given unit price. */
    public static NewLine beerLine(UUID beerId, UUID containerId, String quantity, long unitPriceMinor) {
        return new NewLine(LineKind.STANDARD, beerId, containerId, null, null, null, Quantity.of(quantity), unitPriceMinor, null, null);
    }

    /** Packs of a multipack, priced from the pricebooks or the multipack's default. */
    public static NewLine multipackLine(UUID multipackId, String quantity) {
        return new NewLine(LineKind.STANDARD, null, null, multipackId, null, null, Quantity.of(quantity), null, null, null);
    }

    public static NewLine customLine(String description, String quantity, long unitPriceMinor) {
        return new NewLine(LineKind.CUSTOM, null, null, null, description, null, Quantity.of(quantity), unitPriceMinor, null, null);
    }

    /** A custom line with tax. */
    public static NewLine customLine(String description, String quantity, long unitPriceMinor, String taxPercent) {
        return new NewLine(LineKind.CUSTOM, null, null, null, description, null, Quantity.of(quantity), unitPriceMinor,
                new TaxRate(new BigDecimal(taxPercent)), null);
    }

    public static LineChange quantity(String quantity) {
        return new LineChange(Patch.absent(), Patch.absent(), Patch.set(Quantity.of(quantity)), Patch.absent(), Patch.absent(),
                Patch.absent());
    }

    public static LineChange unitPrice(long unitPriceMinor) {
        return new LineChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.set(unitPriceMinor), Patch.absent(),
                Patch.absent());
    }

    public static final class NewOrderBuilder {
        private final TeamId teamId;
        private final UUID clientId;
        private OrderStatus status;
        private Patch<LocalDate> issueDate = Patch.absent();
        private Patch<LocalDate> dueDate = Patch.absent();
        private String notes;
        private boolean dutySuspense;
        private Patch<String> awrsNumber = Patch.absent();
        private NewOrder.GroupFields group = NewOrder.GroupFields.NONE;
        private Shipping.Choice shipping;

        private NewOrderBuilder(TeamId teamId, UUID clientId) {
            this.teamId = teamId;
            this.clientId = clientId;
        }

        public NewOrderBuilder status(OrderStatus value) { status = value; return this; }
        public NewOrderBuilder issueDate(LocalDate value) { issueDate = Patch.set(value); return this; }
        public NewOrderBuilder dueDate(LocalDate value) { dueDate = Patch.set(value); return this; }
        public NewOrderBuilder notes(String value) { notes = value; return this; }
        public NewOrderBuilder dutySuspense(boolean value) { dutySuspense = value; return this; }
        /** Sets the AWRS number; null clears it (no snapshot of the client's). */
        public NewOrderBuilder awrsNumber(String value) { awrsNumber = Patch.set(value); return this; }
        public NewOrderBuilder group(UUID groupId) { return group(groupId, null, null); }
        public NewOrderBuilder group(UUID groupId, TeamId claimTeamId, GroupClaimStatus claimStatus) {
            group = new NewOrder.GroupFields(groupId, claimTeamId, claimStatus, null, null);
            return this;
        }
        public NewOrderBuilder shipping(Shipping.Choice value) { shipping = value; return this; }

        public NewOrder build() {
            return new NewOrder(teamId, clientId, status, issueDate, dueDate, notes, dutySuspense, awrsNumber, group, shipping);
        }
    }

    public static final class UpdateBuilder {
        private Patch<OrderStatus> status = Patch.absent();
        private Patch<LocalDate> issueDate = Patch.absent();
        private Patch<LocalDate> dueDate = Patch.absent();
        private Patch<String> notes = Patch.absent();
        private Patch<Boolean> dutySuspense = Patch.absent();
        private Patch<String> awrsNumber = Patch.absent();
        private Patch<UUID> groupId = Patch.absent();
        private Patch<TeamId> groupClaimTeamId = Patch.absent();
        private Patch<GroupClaimStatus> groupClaimStatus = Patch.absent();
        private Patch<Instant> earliest = Patch.absent();
        private Patch<Instant> latest = Patch.absent();
        private Patch<Shipping.Choice> shipping = Patch.absent();

        private UpdateBuilder() {}

        public UpdateBuilder status(OrderStatus value) { status = Patch.set(value); return this; }
        public UpdateBuilder issueDate(LocalDate value) { issueDate = Patch.set(value); return this; }
        public UpdateBuilder dueDate(LocalDate value) { dueDate = Patch.set(value); return this; }
        public UpdateBuilder notes(String value) { notes = Patch.set(value); return this; }
        public UpdateBuilder dutySuspense(Boolean value) { dutySuspense = Patch.set(value); return this; }
        public UpdateBuilder awrsNumber(String value) { awrsNumber = Patch.set(value); return this; }
        public UpdateBuilder groupId(UUID value) { groupId = Patch.set(value); return this; }
        public UpdateBuilder groupClaimTeamId(TeamId value) { groupClaimTeamId = Patch.set(value); return this; }
        public UpdateBuilder groupClaimStatus(GroupClaimStatus value) { groupClaimStatus = Patch.set(value); return this; }
        public UpdateBuilder groupEarliestDeliveryAt(Instant value) { earliest = Patch.set(value); return this; }
        public UpdateBuilder groupLatestDeliveryAt(Instant value) { latest = Patch.set(value); return this; }
        public UpdateBuilder shipping(Shipping.Choice value) { shipping = Patch.set(value); return this; }

        public OrderUpdate build() {
            return new OrderUpdate(status, issueDate, dueDate, notes, dutySuspense, awrsNumber, groupId, groupClaimTeamId,
                    groupClaimStatus, earliest, latest, shipping);
        }
    }

    /** A percentage discount, for lines. */
    public static Discount percent(String value) {
        return new Discount.Percentage(new BigDecimal(value));
    }
}
