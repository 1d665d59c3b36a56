package com.brewski.adapters.http;

import com.brewski.adapters.http.catalogue.CatalogueRoutes;
import com.brewski.adapters.http.catalogue.PricebookRoutes;
import com.brewski.adapters.http.clients.ClientRoutes;
import com.brewski.adapters.http.groups.GroupRoutes;
import com.brewski.adapters.http.activity.ActivityRoutes;
import com.brewski.adapters.http.deposits.ReturnRoutes;
import com.brewski.adapters.http.identity.AuthRoutes;
import com.brewski.adapters.http.orders.GroupClaimRoutes;
import com.brewski.adapters.http.orders.PaymentRoutes;
import com.brewski.adapters.http.identity.PlatformRoutes;
import com.brewski.adapters.http.identity.SettingsRoutes;
import com.brewski.adapters.http.identity.TeamLogoRoutes;
import com.brewski.adapters.http.identity.TeamRoutes;
import com.brewski.adapters.http.orders.OrderRoutes;
import com.brewski.adapters.http.orders.ShippingRuleRoutes;
import com.brewski.adapters.http.documents.DocumentRoutes;
import com.brewski.adapters.http.support.BearerAuthentication;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.ErrorMapping;
import com.brewski.adapters.http.support.JettyErrorHandler;
import com.brewski.adapters.http.support.JsonMapping;
import com.brewski.adapters.http.support.RequestCorrelation;
import com.brewski.adapters.http.support.RequestObserver;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.RouteTable;
import com.brewski.adapters.http.system.FileRoutes;
import com.brewski.adapters.http.system.HealthRoutes;
import com.brewski.application.activity.ReadActivity;
import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.application.clients.ManageClients;
import com.brewski.application.deposits.ManageDeposits;
import com.brewski.application.documents.ManageDocuments;
import com.brewski.application.groups.ManageGroups;
import com.brewski.application.identity.ManagePlatformAccess;
import com.brewski.application.orders.ClaimGroupOrders;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.ManageShippingRules;
import com.brewski.application.payments.ManagePayments;
import com.brewski.application.identity.ManageSettings;
import com.brewski.application.identity.ManageTeamLogo;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.identity.Profile;
import com.brewski.application.identity.SignIn;
import com.brewski.application.shared.HealthCheck;
import com.brewski.application.shared.ObjectStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Brewski HTTP API on Javalin: the routes of each context, bearer authentication, the request id
 * and access log, JSON mapping and the one exception map. Start it once; stop it when done.
 */
public final class HttpApi {

    /** The use cases and ports the routes call. */
    public record Services(SignIn signIn, Profile profile, ManageTeams teams, ManageSettings settings,
                           ManagePlatformAccess platform, HealthCheck health, ObjectStore objectStore) {
        public Services {
            Objects.requireNonNull(signIn, "signIn");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(teams, "teams");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(objectStore, "objectStore");
        }
    }

    /**
     * The trade use cases (catalogue, clients, groups, orders). Optional so that tests of the
     * identity routes can run on identity use cases alone; the server always provides them.
     */
    public record Trade(ManageCatalogue catalogue, ManagePricebooks pricebooks, ManageClients clients,
                        ManageGroups groups, ManageOrders orders, ManageShippingRules shippingRules,
                        ManagePayments payments, ManageDeposits deposits, ClaimGroupOrders claims, ReadActivity activity) {
        public Trade {
            Objects.requireNonNull(catalogue, "catalogue");
            Objects.requireNonNull(pricebooks, "pricebooks");
            Objects.requireNonNull(clients, "clients");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(shippingRules, "shippingRules");
            Objects.requireNonNull(payments, "payments");
            Objects.requireNonNull(deposits, "deposits");
            Objects.requireNonNull(claims, "claims");
            Objects.requireNonNull(activity, "activity");
        }
    }

    /** The paperwork use cases: invoices and delivery notes of orders, and the team logo they print. */
    public record Documents(ManageDocuments documents, ManageTeamLogo logos) {
        public Documents {
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(logos, "logos");
        }
    }

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

    public HttpApi(Services services, Settings settings) {
        this(services, null, settings);
    }

    public HttpApi(Services services, Trade trade, Settings settings) {
        this(services, trade, null, settings);
    }

    public HttpApi(Services services, Trade trade, Documents documents, Settings settings) {
        this(services, trade, documents, settings, List.of());
    }

    /**
     * @param groups route groups built outside (by the wiring), registered through the route table
     *               beside the built-in ones
     */
    public HttpApi(Services services, Trade trade, Documents documents, Settings settings, List<? extends RouteGroup> groups) {
        this(services, trade, documents, settings, groups, RequestObserver.NONE);
    }

    /**
     * @param observer told of every finished request with its route template and status (metrics)
     */
    public HttpApi(Services services, Trade trade, Documents documents, Settings settings, List<? extends RouteGroup> groups,
                   RequestObserver observer) {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(settings, "settings");
        ObjectMapper mapper = JsonMapping.objectMapper();
        BodyReader bodies = new BodyReader(mapper, settings.maxJsonBodyBytes());
        BearerAuthentication authentication = new BearerAuthentication(services.signIn());

        List<RouteGroup> all = new ArrayList<>();
        all.add(new PlatformRoutes(services.platform(), bodies));
        if (documents != null) all.add(new TeamLogoRoutes(documents.logos(), services.objectStore()));
        all.addAll(groups);
        this.table = new RouteTable(all);

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

            new AuthRoutes(services.signIn(), services.profile(), bodies).addTo(config.routes);
            new TeamRoutes(services.teams(), services.objectStore(), bodies).addTo(config.routes);
            new SettingsRoutes(services.settings(), bodies).addTo(config.routes);
            new HealthRoutes(services.health()).addTo(config.routes);
            new FileRoutes(services.objectStore()).addTo(config.routes);
            if (trade != null) {
                // trade routes are registered here, one class per context
                new OrderRoutes(trade.orders(), bodies).addTo(config.routes);
                new ShippingRuleRoutes(trade.shippingRules(), bodies).addTo(config.routes);
                new PaymentRoutes(trade.payments(), bodies).addTo(config.routes);
                new GroupClaimRoutes(trade.claims(), trade.orders(), bodies).addTo(config.routes);
                new ReturnRoutes(trade.deposits(), bodies).addTo(config.routes);
                new ActivityRoutes(trade.activity()).addTo(config.routes);
                new CatalogueRoutes(trade.catalogue(), bodies).addTo(config.routes);
                new PricebookRoutes(trade.pricebooks(), bodies).addTo(config.routes);
                new ClientRoutes(trade.clients(), bodies).addTo(config.routes);
                new GroupRoutes(trade.groups(), bodies, Clock.systemUTC()).addTo(config.routes);
            }

            if (documents != null) {
                new DocumentRoutes(documents.documents()).addTo(config.routes);
            }
            table.registerOn(config.routes, config.jetty.multipartConfig);

            ErrorMapping.addTo(config.routes);
        });
    }

    /** The JSON body reader the route groups share, with the limits of {@code settings}. */
    public static BodyReader bodies(Settings settings) {
        return new BodyReader(JsonMapping.objectMapper(), settings.maxJsonBodyBytes());
    }

    /** The routes registered through the route table. */
    public RouteTable routeTable() {
        return table;
    }

    /**
     * Every HTTP route Javalin serves, as {@code METHOD /path} (the route table's and those still
     * registered outside it), for the tests that hold the table and the API description to it.
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
