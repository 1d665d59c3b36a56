package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.support.JsonBody;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Location;
import com.brewski.domain.identity.OperatingMode;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;

import com.brewski.domain.offtrade.OffTradeDistricts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a team's settings fields from a body into a {@link SettingsChange}: absent fields stay
 * absent, null clears (or is refused by {@code SettingsChange} for required fields), and each
 * field is parsed into its domain value here, so a bad one is a 400 naming it.
 */
final class SettingsChangeJson {
    private SettingsChangeJson() {}

    /**
     * @param nameField the body field holding the team name ({@code teamName} in settings), or null
     *                  when the name is read elsewhere (team creation)
     */
    static SettingsChange read(JsonBody body, String nameField) {
        Patch<String> name = nameField == null ? Patch.absent() : body.stringPatch(nameField);
        return new SettingsChange(
                name,
                body.stringPatch("currencySymbol"),
                body.stringPatch("locale"),
                body.booleanPatch("obscureOrderNumber"),
                body.stringPatch("billingName"),
                body.stringPatch("billingAddress"),
                body.stringPatch("vatNumber"),
                body.stringPatch("paymentDetails"),
                body.stringPatch("invoiceTerms"),
                body.intPatch("defaultPaymentTermsAmount"),
                body.enumPatch("defaultPaymentTermsUnit", PaymentTermsUnit::parse),
                deposits(body),
                body.objectPatch("location", SettingsChangeJson::location),
                body.stringPatch("offTradeContactEmail", Email::of),
                body.enumPatch("operatingMode", OperatingMode::parse),
                offTradeDistricts(body));
    }

    /** {@code offTradeDistricts: ["BS1", "BA"]}: outward codes and postcode areas; {@code []} clears. */
    private static Patch<OffTradeDistricts> offTradeDistricts(JsonBody body) {
        if (!body.has(OffTradeDistricts.FIELD)) return Patch.absent();
        List<String> raw = body.optionalStrings(OffTradeDistricts.FIELD);
        return Patch.set(raw == null ? null : OffTradeDistricts.parse(raw));
    }

    private static Location location(JsonBody location) {
        return new Location(location.optionalString("town"), location.optionalString("country"));
    }

    /** {@code {keg: {enabled, amountMinor}, …}}: each type given replaces that type's deposit. */
    private static Map<ContainerType, DepositSetting> deposits(JsonBody body) {
        if (!body.has("deposits")) return Map.of();
        JsonBody deposits = body.optionalObject("deposits");
        if (deposits == null) throw new InvalidField("deposits", "deposits must be an object");
        Map<ContainerType, DepositSetting> result = new EnumMap<>(ContainerType.class);
        for (String key : deposits.fieldNames()) {
            ContainerType type = ContainerType.parse(deposits.name(key), key);
            JsonBody deposit = deposits.optionalObject(key);
            if (deposit == null) throw new InvalidField(deposits.name(key), deposits.name(key) + " must be an object");
            result.put(type, deposit(deposit));
        }
        return result;
    }

    private static DepositSetting deposit(JsonBody deposit) {
        boolean enabled = deposit.requiredBoolean("enabled");
        Long amountMinor = deposit.optionalLong("amountMinor");
        try {
            return new DepositSetting(enabled, amountMinor);
        } catch (InvalidField e) {
            String field = deposit.name("amountMinor");
            throw new InvalidField(field, e.getMessage().replace("deposit amountMinor", field));
        }
    }
}
