package com.brewski.adapters.http.support;

import io.javalin.security.RouteRole;

/**
 * Marks the routes that answer without a bearer token. Every route not marked {@link #PUBLIC}
 * requires one: authentication is deny-by-default.
 */
public enum Access implements RouteRole {
    PUBLIC
}
