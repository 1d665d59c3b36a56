package com.brewski.domain.heroes;

import java.util.Objects;
import java.util.UUID;

public record HeroId(UUID value) {
    public HeroId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
