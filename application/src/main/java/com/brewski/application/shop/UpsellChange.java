package com.brewski.application.shop;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shop.CouplerType;
import com.brewski.domain.shop.UpsellDetails;

/**
 * The fields of a create (absent = default) or an update (absent = unchanged, null = cleared for the
 * optional ones). {@code slug} is taken as entered and normalised; absent on create means "made from the name".
 */
public record UpsellChange(Patch<String> name, Patch<String> slug, Patch<String> description, Patch<Long> priceMinor,
                           Patch<String> currencySymbol, Patch<CouplerType> couplerType, Patch<Boolean> isActive,
                           Patch<Integer> displayOrder) {

    /** The details of a new upsell. */
    UpsellDetails created() {
        String name = this.name.orElse(null);
        if (name == null) throw new InvalidField("name", "name is required");
        String slug = this.slug.orElse(null);
        return new UpsellDetails(slug == null ? UpsellDetails.slugOfName(name) : UpsellDetails.slugFrom(slug), name,
                description.orElse(null), priceMinor.orElse(null), currencySymbol.orElse(null), couplerType.orElse(null),
                required("isActive", isActive.orElse(true)), required("displayOrder", displayOrder.orElse(0)));
    }

    /** The details after this change. */
    UpsellDetails applyTo(UpsellDetails d) {
        String newName = name.orElse(d.name());
        if (newName == null) throw new InvalidField("name", "name is required");
        String newSlug = slug.isPresent() ? slug.orElse(null) : d.slug();
        if (newSlug == null) throw new InvalidField("slug", "slug cannot be null");
        return new UpsellDetails(slug.isPresent() ? UpsellDetails.slugFrom(newSlug) : newSlug, newName,
                description.orElse(d.description()), priceMinor.orElse(d.priceMinor()), currencySymbol.orElse(d.currencySymbol()),
                couplerType.orElse(d.couplerType()), required("isActive", isActive.orElse(d.active())),
                required("displayOrder", displayOrder.orElse(d.displayOrder())));
    }

    private static <T> T required(String field, T value) {
        if (value == null) throw new InvalidField(field, field + " cannot be null");
        return value;
    }
}
