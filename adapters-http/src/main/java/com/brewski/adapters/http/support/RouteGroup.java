package com.brewski.adapters.http.support;

import java.util.List;

/**
 * The routes of one context (one route class each): what it serves and who may call it. The
 * server is built from a list of groups, so a route cannot exist outside the table.
 */
public interface RouteGroup {
    List<Route> routes();
}
