package com.brewski.adapters.http;

import com.brewski.adapters.http.support.BearerAuthentication;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.ErrorMapping;
import com.brewski.adapters.http.support.JettyErrorHandler;
import com.brewski.adapters.http.support.JsonMapping;
import com.brewski.adapters.http.support.RequestCorrelation;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.RouteTable;
import com.brewski.application.identity.SignIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.util.List;
import java.util.Objects;

/**
 * The Brewski HTTP API on Javalin: the route table built from the route groups of every context,
 * bearer authentication, the request id and access log, JSON mapping and the one exception map.
 * Start it once; stop it when done.
 */
public final class HttpApi {

    /** Limits of the HTTP layer. */
    public record Settings(long maxJsonBodyBytes) {
        public static final long DEFAULT_MAX_JSON_BODY_BYTES = 1024 * 1024;

        public Settings {
            if (maxJsonBodyBytes < 1) throw new IllegalArgumentException("maxJsonBodyBytes must be positive");
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_JSON_BODY_BYTES);
        }
    }

    private final Javalin app;
    private final RouteTable table;

    /**
     * @param signIn   authenticates the bearer token of every route that is not public
     * @param settings the limits of the HTTP layer
     * @param groups   every route group the server serves, one per context (wired in bootstrap): the
     *                 server registers the routes of this table and no other
     */
    public HttpApi(SignIn signIn, Settings settings, List<? extends RouteGroup> groups) {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(groups, "groups");
        ObjectMapper mapper = JsonMapping.objectMapper();
        BearerAuthentication authentication = new BearerAuthentication(signIn);
        this.table = new RouteTable(groups);

        this.app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxJsonBodyBytes();
            config.jsonMapper(new JavalinJackson(mapper, true));
            config.requestLogger.http(RequestCorrelation::logAccess);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler()));

            config.routes.before(RequestCorrelation::begin);
            config.routes.beforeMatched(authentication::authenticate);
            table.registerOn(config.routes, config.jetty.multipartConfig);
            ErrorMapping.addTo(config.routes);
        });
    }

    /** The JSON body reader the route groups share, with the limits of {@code settings}. */
    public static BodyReader bodies(Settings settings) {
        return new BodyReader(JsonMapping.objectMapper(), settings.maxJsonBodyBytes());
    }

    /** The route table: every route the server answers. */
    public RouteTable routeTable() {
        return table;
    }

    /** Starts listening on the port (0 picks a free one) and answers this API. */
    public HttpApi start(int port) {
        app.start(port);
        return this;
    }

    /** The port listened on, once started. */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
