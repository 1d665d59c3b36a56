package com.brewski.application.orders;

import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.LineKind;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.InvalidField;

import java.util.UUID;

/** The body of {@code POST /orders/:id/items}, parsed and checked for shape. */
public record NewLine(LineKind kind, UUID beerId, UUID containerId, UUID multipackId, String description, String unit,
                      Quantity quantity, Long unitPriceMinor, TaxRate taxRate, Discount discount) {
    public NewLine {
        kind = kind == null ? LineKind.STANDARD : kind;
        if (quantity == null) throw new InvalidField("quantity", "quantity is required");
        if (unitPriceMinor != null && unitPriceMinor < 0) throw new InvalidField("unitPriceMinor", "unitPriceMinor must be 0 or more");
        if (kind == LineKind.CUSTOM) {
            if (beerId != null || containerId != null || multipackId != null)
                throw new InvalidField(beerId != null ? "beerId" : containerId != null ? "containerId" : "multipackId",
                        "custom items cannot reference a beer, container or multipack");
        } else if (multipackId != null) {
            if (beerId != null || containerId != null)
                throw new InvalidField(beerId != null ? "beerId" : "containerId",
                        "beerId and containerId must be omitted when multipackId is supplied");
        } else if (beerId == null || containerId == null) {
            throw new InvalidField(beerId == null ? "beerId" : "containerId",
                    "beerId and containerId are required when multipackId is not supplied");
        }
    }
}
