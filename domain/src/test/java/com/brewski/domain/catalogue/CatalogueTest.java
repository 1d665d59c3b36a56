package com.brewski.domain.catalogue;

import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final TeamId team = new TeamId(UUID.randomUUID());

    @Test
    void a_new_team_gets_the_four_default_containers() {
        List<Container> defaults = Container.defaults(team, UUID::randomUUID, NOW);
        assertThat(defaults).extracting(Container::containerType)
                .containsExactly(ContainerType.KEG, ContainerType.CASK, ContainerType.CAN, ContainerType.BOTTLE);
        assertThat(defaults).allMatch(Container::isDefault);
        assertThat(defaults.get(0).volumeMl()).isEqualTo(30_000);
    }

    @Test
    void a_container_deposit_comes_from_the_team_unless_overridden() {
        TeamSettings settings = TeamSettings.defaults("Lantern").apply(new SettingsChange(Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Map.of(ContainerType.KEG, new DepositSetting(true, 3000L)),
                Patch.absent(), Patch.absent(), Patch.absent()));
        Container keg = Container.defaults(team, UUID::randomUUID, NOW).get(0);
        assertThat(keg.effectiveDepositMinor(settings)).isEqualTo(3000);
        Container own = new Container(keg.id(), team, keg.name(), keg.containerType(), keg.volumeMl(), 6, false, true, 4500L, NOW, NOW);
        assertThat(own.effectiveDepositMinor(settings)).isEqualTo(4500);
        Container cask = Container.defaults(team, UUID::randomUUID, NOW).get(1);
        assertThat(cask.effectiveDepositMinor(settings)).isZero();
    }

    @Test
    void container_fields_are_checked() {
        assertThatThrownBy(() -> new Container(UUID.randomUUID(), team, "Keg", ContainerType.KEG, 30000, 1201, false, true, null, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("defaultBbeMonths");
        assertThatThrownBy(() -> new Container(UUID.randomUUID(), team, "Keg", ContainerType.KEG, 0, 1, false, true, null, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("volumeMl");
    }

    @Test
    void prices_come_from_the_client_book_then_the_default_then_the_multipack() {
        UUID book = UUID.randomUUID();
        PricebookItem clientItem = new PricebookItem(UUID.randomUUID(), book, UUID.randomUUID(), UUID.randomUUID(), null, 27000, new BigDecimal("5"), true, NOW, NOW);
        PricebookItem defaultItem = new PricebookItem(UUID.randomUUID(), book, UUID.randomUUID(), UUID.randomUUID(), null, 30000, null, true, NOW, NOW);
        PricebookItem disabled = new PricebookItem(UUID.randomUUID(), book, UUID.randomUUID(), UUID.randomUUID(), null, 1, null, false, NOW, NOW);
        Multipack pack = new Multipack(UUID.randomUUID(), team, "Case of 12", 12, UUID.randomUUID(), UUID.randomUUID(), 3600, NOW, NOW);

        assertThat(PriceQuote.resolve(Optional.of(clientItem), Optional.of(defaultItem), Optional.empty(), "x"))
                .isEqualTo(new PriceQuote(27000, new BigDecimal("5")));
        assertThat(PriceQuote.resolve(Optional.of(disabled), Optional.of(defaultItem), Optional.empty(), "x").unitPriceMinor()).isEqualTo(30000);
        assertThat(PriceQuote.resolve(Optional.empty(), Optional.empty(), Optional.of(pack), "x").unitPriceMinor()).isEqualTo(3600);
        assertThatThrownBy(() -> PriceQuote.resolve(Optional.empty(), Optional.empty(), Optional.empty(), "Pils – 30L Keg"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("unitPriceMinor").hasMessageContaining("Pils – 30L Keg");
    }

    @Test
    void pricebook_items_reference_a_beer_and_container_or_a_multipack() {
        assertThatThrownBy(() -> new PricebookItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, 1, null, true, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("containerId");
        assertThatThrownBy(() -> new PricebookItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, null, true, NOW, NOW))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new PricebookItem(UUID.randomUUID(), UUID.randomUUID(), null, null, UUID.randomUUID(), 1, new BigDecimal("101"), true, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("discountPercent");
    }

    @Test
    void beers_check_abv_and_colour() {
        assertThatThrownBy(() -> new Beer(UUID.randomUUID(), team, "Pils", null, BeerState.ACTIVE, new BigDecimal("4.123"), null, false, InventoryMode.MANUAL, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("targetAbv");
        assertThatThrownBy(() -> new Beer(UUID.randomUUID(), team, "Pils", null, BeerState.ACTIVE, null, "red", false, InventoryMode.MANUAL, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("colorHex");
    }
}
