package com.brewski.application.shared;

/** Tells whether the database answers. */
public interface HealthCheck {
    boolean databaseUp();
}
