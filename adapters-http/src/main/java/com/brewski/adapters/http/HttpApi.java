package com.brewski.adapters.http;

import com.brewski.adapters.http.support.BearerAuthentication;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.ErrorMapping;
import com.brewski.adapters.http.support.JettyErrorHandler;
import com.brewski.adapters.http.support.JsonMapping;
import com.brewski.adapters.http.support.RequestCorrelation;
import com.brewski.adapters.http.support.RequestObserver;
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
        this(signIn, settings, groups, null, RequestObserver.NONE);
    }

    /**
     * @param requestTransactions the transactions the use cases run in: a route marked
     *                            {@link com.brewski.adapters.http.support.Route#inOneTransaction()} authenticates
     *                            inside the transaction its use case joins (null: every route authenticates first)
     * @param observer            told of every finished request with its route template and status (metrics)
     */
    public HttpApi(SignIn signIn, Settings settings, List<? extends RouteGroup> groups,
                   com.brewski.application.shared.Transactions requestTransactions, RequestObserver observer) {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(observer, "observer");
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
            config.requestLogger.http((ctx, millis) -> {
                RequestCorrelation.logAccess(ctx, millis);
                observer.completed(ctx.method().name(), routeTemplate(ctx), ctx.statusCode(), millis);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler()));

            config.routes.before(RequestCorrelation::begin);
            config.routes.beforeMatched(authentication::authenticate);
            table.registerOn(config.routes, config.jetty.multipartConfig, authentication, requestTransactions);
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

    /**
     * Every HTTP route Javalin serves, as {@code METHOD /path}: for the tests that hold the route
     * table, and the API description, to what the server really answers.
     */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
    }

    /** The path template of the route a request matched ({@code /orders/{orderId}}), or {@link RequestObserver#UNMATCHED}. */
    private static String routeTemplate(io.javalin.http.Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? RequestObserver.UNMATCHED : endpoint.path;
        } catch (RuntimeException e) {
            return RequestObserver.UNMATCHED;
        }
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
