package com.brewski.adapters.http.catalogue;

import com.brewski.application.catalogue.Beers;
import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The response records of the catalogue and pricebook routes (camelCase, nulls written as null). */
public final class CatalogueJson {
    private CatalogueJson() {}

    public record ContainerJson(UUID id, UUID teamId, String name, String containerType, int volumeMl,
                                int defaultBbeMonths, boolean isDefault, boolean isReturnable, Long depositMinor,
                                long effectiveDepositMinor, Instant createdAt, Instant updatedAt) {
        static ContainerJson of(ManageCatalogue.ContainerView view) {
            Container c = view.container();
            return new ContainerJson(c.id(), c.teamId().value(), c.name(), c.containerType().wire(), c.volumeMl(),
                    c.defaultBbeMonths(), c.isDefault(), c.isReturnable(), c.depositMinor(), view.effectiveDepositMinor(),
                    c.createdAt(), c.updatedAt());
        }
    }

    public record ContainerBody(ContainerJson container) {
        static ContainerBody of(ManageCatalogue.ContainerView view) {
            return new ContainerBody(ContainerJson.of(view));
        }
    }

    public record RemovedJson(int removed) {}

    public record StockJson(UUID containerId, BigDecimal quantity) {
        static StockJson of(Beers.StockLevel level) {
            return new StockJson(level.containerId(), number(level.quantity()));
        }
    }

    public record BeerJson(UUID id, UUID teamId, String name, String style, String state, BigDecimal targetAbv,
                           String colorHex, boolean showPublic, String inventoryMode, List<StockJson> stock,
                           Instant createdAt, Instant updatedAt) {
        static BeerJson of(ManageCatalogue.BeerView view) {
            Beer b = view.beer();
            return new BeerJson(b.id(), b.teamId().value(), b.name(), b.style(), b.state().wire(), number(b.targetAbv()),
                    b.colorHex(), b.showPublic(), b.inventoryMode().wire(),
                    view.stock().stream().map(StockJson::of).toList(), b.createdAt(), b.updatedAt());
        }
    }

    public record BeerBody(BeerJson beer) {
        static BeerBody of(ManageCatalogue.BeerView view) {
            return new BeerBody(BeerJson.of(view));
        }
    }

    public record MultipackJson(UUID id, UUID teamId, String name, int packSize, UUID beerId, UUID containerId,
                                long defaultPriceMinor, Instant createdAt, Instant updatedAt) {
        static MultipackJson of(Multipack m) {
            return new MultipackJson(m.id(), m.teamId().value(), m.name(), m.packSize(), m.beerId(), m.containerId(),
                    m.defaultPriceMinor(), m.createdAt(), m.updatedAt());
        }
    }

    public record MultipackBody(MultipackJson multipack) {
        static MultipackBody of(Multipack multipack) {
            return new MultipackBody(MultipackJson.of(multipack));
        }
    }

    public record ItemJson(UUID id, UUID pricebookId, UUID beerId, UUID containerId, UUID multipackId, long priceMinor,
                           BigDecimal discountPercent, boolean enabled, Instant createdAt, Instant updatedAt) {
        static ItemJson of(PricebookItem i) {
            return new ItemJson(i.id(), i.pricebookId(), i.beerId(), i.containerId(), i.multipackId(), i.priceMinor(),
                    number(i.discountPercent()), i.enabled(), i.createdAt(), i.updatedAt());
        }
    }

    public record ItemBody(ItemJson item) {
        static ItemBody of(PricebookItem item) {
            return new ItemBody(ItemJson.of(item));
        }
    }

    public record PricebookJson(UUID id, UUID teamId, String name, boolean isDefault, List<ItemJson> items,
                                Instant createdAt, Instant updatedAt) {
        static PricebookJson of(ManagePricebooks.PricebookView view) {
            Pricebook p = view.pricebook();
            return new PricebookJson(p.id(), p.teamId().value(), p.name(), p.isDefault(),
                    view.items().stream().map(ItemJson::of).toList(), p.createdAt(), p.updatedAt());
        }
    }

    public record PricebookBody(PricebookJson pricebook) {
        static PricebookBody of(ManagePricebooks.PricebookView view) {
            return new PricebookBody(PricebookJson.of(view));
        }
    }

    public record PricebooksJson(List<PricebookJson> results) {}

    /** A decimal as the plainest JSON number: no trailing zeros of the column's scale, no exponent for whole numbers. */
    static BigDecimal number(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
