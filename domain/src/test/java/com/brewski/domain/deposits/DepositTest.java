package com.brewski.domain.deposits;

import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepositTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void balance_splits_into_credit_and_liability() {
        assertThat(new DepositBalance(-2500).creditMinor()).isEqualTo(2500);
        assertThat(new DepositBalance(-2500).liabilityMinor()).isZero();
        assertThat(new DepositBalance(6000).liabilityMinor()).isEqualTo(6000);
        assertThat(new DepositBalance(6000).creditMinor()).isZero();
    }

    @Test
    void a_line_charges_its_containers_times_the_deposit() {
        LineItem kegs = LineItem.beer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Pils – Keg", null, Quantity.of("6"), 30000, null, null, NOW);
        assertThat(DepositCharge.forLine(kegs, 3000)).isEqualTo(18000);
        assertThat(DepositCharge.forLine(kegs, 0)).isZero();
        LineItem charge = LineItem.custom(UUID.randomUUID(), UUID.randomUUID(), "Delivery", null, Quantity.of("1"), 500L, null, null, NOW);
        assertThat(DepositCharge.forLine(charge, 3000)).isZero();
        LineItem half = LineItem.beer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "x", null, Quantity.of("0.5"), 1, null, null, NOW);
        assertThat(DepositCharge.forLine(half, 1001)).isEqualTo(501);
    }

    @Test
    void returns_default_to_quantity_times_deposit_and_check_their_fields() {
        assertThat(ContainerReturn.defaultCredit(new BigDecimal("3"), 2500)).isEqualTo(7500);
        assertThatThrownBy(() -> new ContainerReturn(UUID.randomUUID(), null, null, null, UUID.randomUUID(),
                BigDecimal.ZERO, 0, null, NOW, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ContainerReturn(UUID.randomUUID(), new com.brewski.domain.identity.TeamId(UUID.randomUUID()),
                null, null, UUID.randomUUID(), BigDecimal.ZERO, 0, null, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("quantity");
    }

    @Test
    void a_return_is_bounded_so_the_ledger_and_its_sums_stay_in_range() {
        var team = new com.brewski.domain.identity.TeamId(UUID.randomUUID());
        assertThatThrownBy(() -> new ContainerReturn(UUID.randomUUID(), team, null, null, UUID.randomUUID(),
                new BigDecimal("1000000.001"), 0, null, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessage("quantity must be at most 1000000");
        assertThatThrownBy(() -> new ContainerReturn(UUID.randomUUID(), team, null, null, UUID.randomUUID(),
                BigDecimal.ONE, ContainerReturn.MAX_CREDITED_MINOR + 1, null, NOW, NOW))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("creditedMinor must be at most");
        assertThat(new ContainerReturn(UUID.randomUUID(), team, null, null, UUID.randomUUID(),
                new BigDecimal("1000000"), ContainerReturn.MAX_CREDITED_MINOR, null, NOW, NOW).creditedMinor())
                .isEqualTo(ContainerReturn.MAX_CREDITED_MINOR);
    }
}
