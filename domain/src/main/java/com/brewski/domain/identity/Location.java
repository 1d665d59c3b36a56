package com.brewski.domain.identity;

import com.brewski.domain.shared.Text;

/** Where a brewery is, as shown to buyers. */
public record Location(String town, String country) {
    public Location {
        town = Text.optional("location.town", town, 100);
        country = Text.optional("location.country", country, 100);
    }
}
