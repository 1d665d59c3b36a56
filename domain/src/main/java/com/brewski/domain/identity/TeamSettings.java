package com.brewski.domain.identity;

import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.offtrade.OffTradeDistricts;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A team's trading settings; every field checks itself. */
public record TeamSettings(
        String name,
        String currencySymbol,
        String locale,
        boolean obscureOrderNumber,
        String billingName,
        String billingAddress,
        String vatNumber,
        String paymentDetails,
        String invoiceTerms,
        int defaultPaymentTermsAmount,
        PaymentTermsUnit defaultPaymentTermsUnit,
        Map<ContainerType, DepositSetting> deposits,
        Location location,
        Email offTradeContactEmail,
        OperatingMode operatingMode,
        OffTradeDistricts offTradeDistricts) {

    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}(-[A-Z]{2})?$");

    public TeamSettings {
        name = Text.required("name", name, 200);
        currencySymbol = Text.required("currencySymbol", currencySymbol, 8);
        locale = Text.required("locale", locale, 16);
        if (!LOCALE.matcher(locale).matches())
            throw new InvalidField("locale", "locale must look like en-GB");
        billingName = Text.optional("billingName", billingName, 200);
        billingAddress = Text.optional("billingAddress", billingAddress, 1000);
        vatNumber = Text.optional("vatNumber", vatNumber, 32);
        paymentDetails = Text.optional("paymentDetails", paymentDetails, 2000);
        invoiceTerms = Text.optional("invoiceTerms", invoiceTerms, 5000);
        if (defaultPaymentTermsAmount < 0 || defaultPaymentTermsAmount > 365)
            throw new InvalidField("defaultPaymentTermsAmount", "defaultPaymentTermsAmount must be between 0 and 365");
        Objects.requireNonNull(defaultPaymentTermsUnit);
        EnumMap<ContainerType, DepositSetting> all = new EnumMap<>(ContainerType.class);
        for (ContainerType type : ContainerType.values())
            all.put(type, deposits == null ? DepositSetting.OFF : deposits.getOrDefault(type, DepositSetting.OFF));
        deposits = Map.copyOf(all);
        location = location == null ? new Location(null, null) : location;
        Objects.requireNonNull(operatingMode);
        offTradeDistricts = offTradeDistricts == null ? OffTradeDistricts.NONE : offTradeDistricts;
    }

    /** Settings without off-trade districts (the team collects nowhere yet). */
    public TeamSettings(String name, String currencySymbol, String locale, boolean obscureOrderNumber, String billingName,
                        String billingAddress, String vatNumber, String paymentDetails, String invoiceTerms,
                        int defaultPaymentTermsAmount, PaymentTermsUnit defaultPaymentTermsUnit,
                        Map<ContainerType, DepositSetting> deposits, Location location, Email offTradeContactEmail,
                        OperatingMode operatingMode) {
        this(name, currencySymbol, locale, obscureOrderNumber, billingName, billingAddress, vatNumber, paymentDetails,
                invoiceTerms, defaultPaymentTermsAmount, defaultPaymentTermsUnit, deposits, location, offTradeContactEmail,
                operatingMode, OffTradeDistricts.NONE);
    }

    /** The settings of a new team: pound sterling, en-GB, 30 days, no deposits. */
    public static TeamSettings defaults(String name) {
        return new TeamSettings(name, "£", "en-GB", false, null, null, null, null, null,
                30, PaymentTermsUnit.DAYS, Map.of(), null, null, OperatingMode.BREWERY);
    }

    public DepositSetting deposit(ContainerType type) {
        return deposits.get(type);
    }

    /** Applies a partial change; absent fields keep their value. */
    public TeamSettings apply(SettingsChange change) {
        EnumMap<ContainerType, DepositSetting> newDeposits = new EnumMap<>(ContainerType.class);
        newDeposits.putAll(deposits);
        change.deposits().forEach(newDeposits::put);
        return new TeamSettings(
                change.name().orElse(name),
                change.currencySymbol().orElse(currencySymbol),
                change.locale().orElse(locale),
                change.obscureOrderNumber().orElse(obscureOrderNumber),
                change.billingName().orElse(billingName),
                change.billingAddress().orElse(billingAddress),
                change.vatNumber().orElse(vatNumber),
                change.paymentDetails().orElse(paymentDetails),
                change.invoiceTerms().orElse(invoiceTerms),
                change.defaultPaymentTermsAmount().orElse(defaultPaymentTermsAmount),
                change.defaultPaymentTermsUnit().orElse(defaultPaymentTermsUnit),
                newDeposits,
                change.location().orElse(location),
                change.offTradeContactEmail().orElse(offTradeContactEmail),
                change.operatingMode().orElse(operatingMode),
                change.offTradeDistricts().orElse(offTradeDistricts));
    }
}
