package com.brewski.application.testing;

import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.shared.Patch;

import java.util.Map;

/** Team settings changes for tests. */
public final class SettingsChanges {
    private SettingsChanges() {}

    public static SettingsChange none() {
        return change(Patch.absent(), Patch.absent(), Patch.absent(), Map.of());
    }

    public static SettingsChange obscureOrderNumbers(boolean on) {
        return change(Patch.set(on), Patch.absent(), Patch.absent(), Map.of());
    }

    public static SettingsChange paymentTerms(int amount, PaymentTermsUnit unit) {
        return change(Patch.absent(), Patch.set(amount), Patch.set(unit), Map.of());
    }

    /** Turns on a deposit of {@code amountMinor} per container of a type. */
    public static SettingsChange deposit(ContainerType type, long amountMinor) {
        return change(Patch.absent(), Patch.absent(), Patch.absent(), Map.of(type, new DepositSetting(true, amountMinor)));
    }

    /** The off-trade settings: where the team collects, and where it is emailed (null: no contact email). */
    public static SettingsChange offTrade(String contactEmail, String... districts) {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Map.of(), Patch.absent(),
                contactEmail == null ? Patch.absent() : Patch.set(new com.brewski.domain.identity.Email(contactEmail)),
                Patch.absent(), Patch.set(com.brewski.domain.offtrade.OffTradeDistricts.parse(java.util.List.of(districts))));
    }

    private static SettingsChange change(Patch<Boolean> obscure, Patch<Integer> termsAmount, Patch<PaymentTermsUnit> termsUnit,
                                         Map<ContainerType, DepositSetting> deposits) {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), obscure, Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), termsAmount, termsUnit, deposits, Patch.absent(),
                Patch.absent(), Patch.absent());
    }
}
