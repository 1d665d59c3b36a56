package com.brewski.domain.catalogue;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A beer a team brews. Its inventory mode is chosen at creation and never changes. */
public record Beer(UUID id, TeamId teamId, String name, String style, BeerState state, BigDecimal targetAbv,
                   String colorHex, boolean showPublic, InventoryMode inventoryMode, Instant createdAt, Instant updatedAt) {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Beer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
        style = Text.optional("style", style, 100);
        Objects.requireNonNull(state);
        if (targetAbv != null) {
            if (targetAbv.signum() < 0 || targetAbv.compareTo(BigDecimal.valueOf(100)) > 0)
                throw new InvalidField("targetAbv", "targetAbv must be between 0 and 100");
            if (targetAbv.stripTrailingZeros().scale() > 2)
                throw new InvalidField("targetAbv", "targetAbv must have at most 2 decimal places");
        }
        colorHex = Text.optional("colorHex", colorHex, 7);
        if (colorHex != null && !HEX.matcher(colorHex).matches())
            throw new InvalidField("colorHex", "colorHex must look like #A1B2C3");
        Objects.requireNonNull(inventoryMode);
    }

    /** The most units of a beer a container's counted stock may hold. */
    public static final BigDecimal MAX_STOCK = BigDecimal.valueOf(1_000_000_000);

    /** A counted stock level: 0 to {@link #MAX_STOCK}, at most 3 decimal places. */
    public static BigDecimal countedStock(BigDecimal quantity) {
        if (quantity == null) throw new InvalidField("quantity", "quantity is required");
        if (quantity.signum() < 0) throw new InvalidField("quantity", "quantity must be 0 or more");
        if (quantity.compareTo(MAX_STOCK) > 0) throw new InvalidField("quantity", "quantity must be at most " + MAX_STOCK);
        if (quantity.stripTrailingZeros().scale() > 3)
            throw new InvalidField("quantity", "quantity must have at most 3 decimal places");
        return quantity;
    }

    public boolean tracksStockByHand() {
        return inventoryMode == InventoryMode.MANUAL;
    }
}
