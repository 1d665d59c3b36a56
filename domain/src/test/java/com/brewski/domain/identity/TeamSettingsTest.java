package com.brewski.domain.identity;

import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamSettingsTest {

    static SettingsChange nothing() {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    private static SettingsChange districts(Patch<com.brewski.domain.offtrade.OffTradeDistricts> districts) {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(), Patch.absent(), Patch.absent(), Patch.absent(), districts);
    }

    @Test
    void off_trade_districts_start_empty_are_replaced_by_a_change_and_kept_when_absent() {
        TeamSettings settings = TeamSettings.defaults("Lantern");
        assertThat(settings.offTradeDistricts().entries()).isEmpty();
        TeamSettings bristol = settings.apply(districts(Patch.set(com.brewski.domain.offtrade.OffTradeDistricts.parse(
                java.util.List.of("BS1", "BA")))));
        assertThat(bristol.offTradeDistricts().values()).containsExactly("BS1", "BA");
        assertThat(bristol.apply(nothing()).offTradeDistricts()).isEqualTo(bristol.offTradeDistricts());
        assertThat(districts(Patch.set(com.brewski.domain.offtrade.OffTradeDistricts.NONE)).isEmpty()).isFalse();
        assertThat(nothing().isEmpty()).isTrue();
        assertThatThrownBy(() -> districts(Patch.set(null)))
                .isInstanceOf(InvalidField.class).hasMessage("offTradeDistricts cannot be null");
    }

    @Test
    void new_teams_default_to_pounds_and_thirty_days() {
        TeamSettings settings = TeamSettings.defaults("Lantern Brewery");
        assertThat(settings.currencySymbol()).isEqualTo("£");
        assertThat(settings.defaultPaymentTermsAmount()).isEqualTo(30);
        assertThat(settings.defaultPaymentTermsUnit()).isEqualTo(PaymentTermsUnit.DAYS);
        assertThat(settings.deposit(ContainerType.KEG)).isEqualTo(DepositSetting.OFF);
        assertThat(settings.offTradeContactEmail()).isNull();
    }

    @Test
    void a_change_keeps_absent_fields_and_clears_nulls() {
        TeamSettings before = TeamSettings.defaults("Lantern").apply(new SettingsChange(Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.set("Lantern Ltd"), Patch.absent(), Patch.set("GB123"),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(ContainerType.KEG, new DepositSetting(true, 3000L)), Patch.absent(),
                Patch.set(new Email("Orders@Lantern.example")), Patch.absent()));
        TeamSettings after = before.apply(new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.set(null), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Map.of(), Patch.absent(), Patch.set(null), Patch.absent()));
        assertThat(after.billingName()).isEqualTo("Lantern Ltd");
        assertThat(after.vatNumber()).isNull();
        assertThat(after.offTradeContactEmail()).isNull();
        assertThat(before.offTradeContactEmail().value()).isEqualTo("orders@lantern.example");
        assertThat(after.deposit(ContainerType.KEG).chargeMinor()).isEqualTo(3000L);
    }

    @Test
    void required_settings_refuse_null_naming_the_field() {
        assertThatThrownBy(() -> new SettingsChange(Patch.absent(), Patch.set(null), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Map.of(), Patch.absent(), Patch.absent(), Patch.absent()))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("currencySymbol"));
    }

    @Test
    void bad_values_name_their_field() {
        assertThatThrownBy(() -> TeamSettings.defaults("x").apply(new SettingsChange(Patch.absent(), Patch.absent(),
                Patch.set("english"), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Map.of(), Patch.absent(), Patch.absent(), Patch.absent())))
                .isInstanceOf(InvalidField.class).hasMessageContaining("locale");
        assertThatThrownBy(() -> TeamSettings.defaults("x").apply(new SettingsChange(Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.set(400), Patch.absent(), Map.of(), Patch.absent(), Patch.absent(), Patch.absent())))
                .isInstanceOf(InvalidField.class).hasMessageContaining("defaultPaymentTermsAmount");
        assertThatThrownBy(() -> new DepositSetting(true, -1L)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> TeamSettings.defaults(" ")).isInstanceOf(InvalidField.class).hasMessageContaining("name");
    }

    @Test
    void an_empty_change_is_empty() {
        assertThat(nothing().isEmpty()).isTrue();
    }
}
