package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of an order: a standard line (a beer in a container, or a multipack) that references
 * stock, or a custom charge. Its amounts always follow from quantity, price, tax and discount.
 */
public final class LineItem {
    private final UUID id;
    private final UUID orderId;
    private final LineKind kind;
    private final UUID beerId;
    private final UUID multipackId;
    private final UUID containerId;
    private final int packSize;
    private String description;
    private String unit;
    private Quantity quantity;
    private long unitPriceMinor;
    private TaxRate taxRate;
    private Discount discount;
    private LineAmounts amounts;
    private final Instant createdAt;
    private Instant updatedAt;

    private LineItem(UUID id, UUID orderId, LineKind kind, UUID beerId, UUID multipackId, UUID containerId, int packSize,
                     String description, String unit, Quantity quantity, long unitPriceMinor, TaxRate taxRate,
                     Discount discount, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.kind = Objects.requireNonNull(kind);
        this.beerId = beerId;
        this.multipackId = multipackId;
        this.containerId = containerId;
        this.packSize = packSize;
        this.description = Text.required("description", description, 500);
        this.unit = Text.optional("unit", unit, 40);
        this.quantity = Objects.requireNonNull(quantity);
        this.taxRate = taxRate == null ? TaxRate.NONE : taxRate;
        this.discount = discount;
        this.unitPriceMinor = unitPriceMinor;
        this.amounts = LineAmounts.of(quantity, unitPriceMinor, this.taxRate, discount);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A beer in a container. */
    public static LineItem beer(UUID id, UUID orderId, UUID beerId, UUID containerId, String description, String unit,
                                Quantity quantity, long unitPriceMinor, TaxRate taxRate, Discount discount, Instant now) {
        return new LineItem(id, orderId, LineKind.STANDARD, Objects.requireNonNull(beerId), null,
                Objects.requireNonNull(containerId), 1, description, unit, quantity, unitPriceMinor, taxRate, discount, now, now);
    }

    /** A multipack of {@code packSize} units of its component beer and container. */
    public static LineItem multipack(UUID id, UUID orderId, UUID multipackId, UUID beerId, UUID containerId, int packSize,
                                     String description, String unit, Quantity quantity, long unitPriceMinor,
                                     TaxRate taxRate, Discount discount, Instant now) {
        if (packSize < 1) throw new InvalidField("packSize", "packSize must be at least 1");
        return new LineItem(id, orderId, LineKind.STANDARD, beerId, Objects.requireNonNull(multipackId), containerId,
                packSize, description, unit, quantity, unitPriceMinor, taxRate, discount, now, now);
    }

    /** A standalone charge (delivery, glassware, …): description and price are required. */
    public static LineItem custom(UUID id, UUID orderId, String description, String unit, Quantity quantity,
                                  Long unitPriceMinor, TaxRate taxRate, Discount discount, Instant now) {
        if (description == null || description.isBlank())
            throw new InvalidField("description", "description is required for custom items");
        if (unitPriceMinor == null) throw new InvalidField("unitPriceMinor", "unitPriceMinor is required for custom items");
        return new LineItem(id, orderId, LineKind.CUSTOM, null, null, null, 1, description, unit, quantity,
                unitPriceMinor, taxRate, discount, now, now);
    }

    /** Rebuilds a line from storage; used only by persistence adapters. */
    public static LineItem restore(UUID id, UUID orderId, LineKind kind, UUID beerId, UUID multipackId, UUID containerId,
                                   int packSize, String description, String unit, Quantity quantity, long unitPriceMinor,
                                   TaxRate taxRate, Discount discount, Instant createdAt, Instant updatedAt) {
        return new LineItem(id, orderId, kind, beerId, multipackId, containerId, packSize, description, unit, quantity,
                unitPriceMinor, taxRate, discount, createdAt, updatedAt);
    }

    /** Applies a change of the editable fields and recomputes the amounts. */
    public void change(LineChange change, Instant now) {
        String newDescription = change.description().orElse(description);
        if (newDescription == null) throw new InvalidField("description", "description cannot be null");
        Quantity newQuantity = change.quantity().orElse(quantity);
        if (newQuantity == null) throw new InvalidField("quantity", "quantity cannot be null");
        Long newPrice = change.unitPriceMinor().orElse(unitPriceMinor);
        if (newPrice == null) throw new InvalidField("unitPriceMinor", "unitPriceMinor cannot be null");
        TaxRate newTax = change.taxRate().orElse(taxRate);
        Discount newDiscount = change.discount().orElse(discount);
        LineAmounts newAmounts = LineAmounts.of(newQuantity, newPrice, newTax == null ? TaxRate.NONE : newTax, newDiscount);
        this.description = Text.required("description", newDescription, 500);
        this.unit = Text.optional("unit", change.unit().orElse(unit), 40);
        this.quantity = newQuantity;
        this.unitPriceMinor = newPrice;
        this.taxRate = newTax == null ? TaxRate.NONE : newTax;
        this.discount = newDiscount;
        this.amounts = newAmounts;
        this.updatedAt = now;
    }

    /** Units of the component beer and container this line takes from stock (0 for custom lines). */
    public Quantity stockUnits() {
        return quantity.times(packSize);
    }

    public boolean takesStock() {
        return kind == LineKind.STANDARD && beerId != null && containerId != null;
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public LineKind kind() { return kind; }
    public UUID beerId() { return beerId; }
    public UUID multipackId() { return multipackId; }
    public UUID containerId() { return containerId; }
    public int packSize() { return packSize; }
    public String description() { return description; }
    public String unit() { return unit; }
    public Quantity quantity() { return quantity; }
    public long unitPriceMinor() { return unitPriceMinor; }
    public TaxRate taxRate() { return taxRate; }
    public Discount discount() { return discount; }
    public LineAmounts amounts() { return amounts; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
