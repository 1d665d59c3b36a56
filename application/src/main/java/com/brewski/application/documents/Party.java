package com.brewski.application.documents;

import java.util.List;
import java.util.Objects;

/** A name and the lines of its postal address, as printed. */
public record Party(String name, List<String> addressLines) {
    public Party {
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
    }
}
