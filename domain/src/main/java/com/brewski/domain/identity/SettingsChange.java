package com.brewski.domain.identity;

import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.offtrade.OffTradeDistricts;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;

import java.util.Map;

/**
 * A partial change to a team's settings. Nullable fields accept a set-to-null (clear); required
 * fields refuse it with a 400 naming the field.
 */
public record SettingsChange(
        Patch<String> name,
        Patch<String> currencySymbol,
        Patch<String> locale,
        Patch<Boolean> obscureOrderNumber,
        Patch<String> billingName,
        Patch<String> billingAddress,
        Patch<String> vatNumber,
        Patch<String> paymentDetails,
        Patch<String> invoiceTerms,
        Patch<Integer> defaultPaymentTermsAmount,
        Patch<PaymentTermsUnit> defaultPaymentTermsUnit,
        Map<ContainerType, DepositSetting> deposits,
        Patch<Location> location,
        Patch<Email> offTradeContactEmail,
        Patch<OperatingMode> operatingMode,
        Patch<OffTradeDistricts> offTradeDistricts) {

    public SettingsChange {
        requireValue("name", name);
        requireValue("currencySymbol", currencySymbol);
        requireValue("locale", locale);
        requireValue("obscureOrderNumber", obscureOrderNumber);
        requireValue("defaultPaymentTermsAmount", defaultPaymentTermsAmount);
        requireValue("defaultPaymentTermsUnit", defaultPaymentTermsUnit);
        requireValue("operatingMode", operatingMode);
        offTradeDistricts = offTradeDistricts == null ? Patch.absent() : offTradeDistricts;
        requireValue(OffTradeDistricts.FIELD, offTradeDistricts);
        deposits = deposits == null ? Map.of() : Map.copyOf(deposits);
    }

    /** A change that leaves the off-trade districts as they are. */
    public SettingsChange(Patch<String> name, Patch<String> currencySymbol, Patch<String> locale,
                          Patch<Boolean> obscureOrderNumber, Patch<String> billingName, Patch<String> billingAddress,
                          Patch<String> vatNumber, Patch<String> paymentDetails, Patch<String> invoiceTerms,
                          Patch<Integer> defaultPaymentTermsAmount, Patch<PaymentTermsUnit> defaultPaymentTermsUnit,
                          Map<ContainerType, DepositSetting> deposits, Patch<Location> location,
                          Patch<Email> offTradeContactEmail, Patch<OperatingMode> operatingMode) {
        this(name, currencySymbol, locale, obscureOrderNumber, billingName, billingAddress, vatNumber, paymentDetails,
                invoiceTerms, defaultPaymentTermsAmount, defaultPaymentTermsUnit, deposits, location, offTradeContactEmail,
                operatingMode, Patch.absent());
    }

    private static void requireValue(String field, Patch<?> patch) {
        if (patch instanceof Patch.Set<?> set && set.value() == null)
            throw new InvalidField(field, field + " cannot be null");
    }

    public boolean isEmpty() {
        return !(name.isPresent() || currencySymbol.isPresent() || locale.isPresent() || obscureOrderNumber.isPresent()
                || billingName.isPresent() || billingAddress.isPresent() || vatNumber.isPresent()
                || paymentDetails.isPresent() || invoiceTerms.isPresent() || defaultPaymentTermsAmount.isPresent()
                || defaultPaymentTermsUnit.isPresent() || !deposits.isEmpty() || location.isPresent()
                || offTradeContactEmail.isPresent() || operatingMode.isPresent() || offTradeDistricts.isPresent());
    }
}
