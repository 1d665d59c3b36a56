package com.brewski.application.shared;

import java.util.UUID;

/** Where new identifiers come from. */
public interface Ids {
    UUID newId();
}
