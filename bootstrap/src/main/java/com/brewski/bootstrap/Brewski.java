package com.brewski.bootstrap;

import com.brewski.adapters.http.HttpApi;
import com.brewski.adapters.http.identity.TeamSlugRoutes;
import com.brewski.adapters.http.shop.FeaturedGroupRoutes;
import com.brewski.adapters.http.shop.ShopNavigationRoutes;
import com.brewski.adapters.http.shop.ShopTeamRoutes;
import com.brewski.adapters.http.shop.StorefrontRoutes;
import com.brewski.adapters.http.shop.UpsellRoutes;
import com.brewski.adapters.http.metrics.MetricsRoutes;
import com.brewski.adapters.http.metrics.MicrometerBusinessEvents;
import com.brewski.adapters.http.metrics.MicrometerRequestObserver;
import com.brewski.adapters.http.openapi.OpenApiRoutes;
import com.brewski.adapters.http.system.ReadinessRoutes;
import com.brewski.adapters.http.activity.ActivityRoutes;
import com.brewski.adapters.http.catalogue.CatalogueRoutes;
import com.brewski.adapters.http.catalogue.PricebookRoutes;
import com.brewski.adapters.http.clients.ClientRoutes;
import com.brewski.adapters.http.deposits.ReturnRoutes;
import com.brewski.adapters.http.documents.DocumentRoutes;
import com.brewski.adapters.http.groups.GroupRoutes;
import com.brewski.adapters.http.identity.AuthRoutes;
import com.brewski.adapters.http.identity.PlatformRoutes;
import com.brewski.adapters.http.identity.SettingsRoutes;
import com.brewski.adapters.http.identity.TeamLogoRoutes;
import com.brewski.adapters.http.identity.TeamRoutes;
import com.brewski.adapters.http.offtrade.CollectionRequestsPage;
import com.brewski.adapters.http.offtrade.OffTradeRoutes;
import com.brewski.adapters.http.orders.GroupClaimRoutes;
import com.brewski.adapters.http.orders.OrderRoutes;
import com.brewski.adapters.http.orders.PaymentRoutes;
import com.brewski.adapters.http.orders.ShippingRuleRoutes;
import com.brewski.adapters.http.system.FileRoutes;
import com.brewski.adapters.http.system.HealthRoutes;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.security.BcryptPasswordHasher;
import com.brewski.adapters.http.security.InProcessRateLimiter;
import com.brewski.adapters.mail.OutboxMailer;
import com.brewski.adapters.mail.SmtpMailer;
import com.brewski.adapters.http.fulfillment.FulfillmentRecoveryRoutes;
import com.brewski.adapters.http.fulfillment.PaymentWebhookRoutes;
import com.brewski.adapters.http.fulfillment.VoucherCatalogueRoutes;
import com.brewski.adapters.http.fulfillment.VoucherOrderRoutes;
import com.brewski.adapters.http.partners.ZenditClient;
import com.brewski.adapters.persistence.DbSchedulerJobs;
import com.brewski.adapters.persistence.EmbeddedPostgresServer;
import com.brewski.adapters.persistence.JooqFulfillment;
import com.brewski.application.fulfillment.AddPartnerSource;
import com.brewski.application.fulfillment.AddVoucherVariant;
import com.brewski.application.fulfillment.ConfirmPayment;
import com.brewski.application.fulfillment.CreatePartner;
import com.brewski.application.fulfillment.CreateVoucherProduct;
import com.brewski.application.fulfillment.FulfilOrder;
import com.brewski.application.fulfillment.FulfilmentPolicy;
import com.brewski.application.fulfillment.ListPartners;
import com.brewski.application.fulfillment.ListVoucherProducts;
import com.brewski.application.fulfillment.LoadPreloadedCodes;
import com.brewski.application.fulfillment.PlaceVoucherOrder;
import com.brewski.application.fulfillment.ReadAdminAlerts;
import com.brewski.application.fulfillment.ReadFulfilmentAttempts;
import com.brewski.application.fulfillment.ReadVoucherOrders;
import com.brewski.application.fulfillment.ResendVoucherEmail;
import com.brewski.application.fulfillment.RetryPartnerFulfilment;
import com.brewski.application.fulfillment.SubmitManualCode;
import com.brewski.application.fulfillment.SubmitManualCodes;
import com.brewski.application.fulfillment.UpdatePartnerSource;
import com.brewski.adapters.persistence.JooqCatalogue;
import com.brewski.adapters.persistence.JooqClients;
import com.brewski.adapters.persistence.JooqCollectionRequests;
import com.brewski.adapters.persistence.JooqDocumentStore;
import com.brewski.adapters.persistence.JooqGroups;
import com.brewski.adapters.persistence.JooqOrders;
import com.brewski.adapters.persistence.JooqPersistence;
import com.brewski.adapters.persistence.JooqShop;
import com.brewski.adapters.persistence.PostgresDatabase;
import com.brewski.adapters.persistence.StatementLog;
import com.brewski.adapters.persistence.RedisRateLimiter;
import com.brewski.adapters.storage.FilesystemObjectStore;
import com.brewski.adapters.storage.ITextDocumentRenderer;
import com.brewski.adapters.storage.ImageIoImages;
import com.brewski.adapters.storage.MinioObjectStore;
import com.brewski.adapters.storage.NoObjectStore;
import com.brewski.application.activity.ReadActivity;
import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.application.clients.ManageClients;
import com.brewski.application.deposits.ManageDeposits;
import com.brewski.application.documents.DocumentInvalidation;
import com.brewski.application.documents.Documents;
import com.brewski.application.documents.ManageDocuments;
import com.brewski.application.groups.ManageGroups;
import com.brewski.application.identity.ChangePublicSlug;
import com.brewski.application.identity.IdentityPolicy;
import com.brewski.application.identity.ManagePlatformAccess;
import com.brewski.application.identity.ManageSettings;
import com.brewski.application.identity.ManageTeamLogo;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.identity.Profile;
import com.brewski.application.identity.SignIn;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.orders.ClaimGroupOrders;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.ManageShippingRules;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.offtrade.ListCollectionRequests;
import com.brewski.application.offtrade.OffTradePolicy;
import com.brewski.application.offtrade.RequestCollection;
import com.brewski.application.offtrade.ResendCollectionNotice;
import com.brewski.application.orders.OrderDocuments;
import com.brewski.application.payments.ManagePayments;
import com.brewski.application.shared.BusinessEvents;
import com.brewski.application.shared.Ids;
import com.brewski.application.shop.ClearFeaturedSlot;
import com.brewski.application.shop.ClearHiddenGroupPlacement;
import com.brewski.application.shop.CreateUpsell;
import com.brewski.application.shop.DeleteUpsell;
import com.brewski.application.shop.DeleteUpsellImage;
import com.brewski.application.shop.GetUpsell;
import com.brewski.application.shop.ListFeaturedGroups;
import com.brewski.application.shop.ListNavigation;
import com.brewski.application.shop.ListPublicFeaturedGroups;
import com.brewski.application.shop.ListPublicGroups;
import com.brewski.application.shop.ListPublicUpsells;
import com.brewski.application.shop.ListTeamShopGroups;
import com.brewski.application.shop.ListUpsells;
import com.brewski.application.shop.MakeUpsellImageDefault;
import com.brewski.application.shop.PlaceFeaturedGroup;
import com.brewski.application.shop.PublishBeers;
import com.brewski.application.shop.ReadPublicNavigation;
import com.brewski.application.shop.SearchTeams;
import com.brewski.application.shop.ToggleNavigationItem;
import com.brewski.application.shop.UpdateUpsell;
import com.brewski.application.shop.UploadUpsellImage;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.RateLimiter;
import com.brewski.application.shared.TimeOrderedIds;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import com.brewski.adapters.http.heroes.HeroRoutes;
import com.brewski.adapters.http.promotions.PromotionRoutes;
import com.brewski.adapters.persistence.JooqHeroes;
import com.brewski.adapters.persistence.JooqPromotions;
import com.brewski.application.heroes.CreateHero;
import com.brewski.application.heroes.DeleteHero;
import com.brewski.application.heroes.ListHeroes;
import com.brewski.application.heroes.ReorderHero;
import com.brewski.application.heroes.UpdateHero;
import com.brewski.application.promotions.CreatePromotion;
import com.brewski.application.promotions.DeletePromotion;
import com.brewski.application.promotions.ListPromotions;
import com.brewski.application.promotions.MakePromotionDefault;
import com.brewski.application.promotions.ShowCurrentPromotion;
import com.brewski.application.promotions.UpdatePromotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The whole system wired by hand: reading this class tells a newcomer its shape. Starts the
 * database (embedded unless DATABASE_URL is set), the adapters, the use cases and the HTTP API.
 */
public final class Brewski implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Brewski.class);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final HttpApi http;
    private final ImageIoImages images;

    private Brewski(Config config, StatementLog statementLog) {
        try {
            // PostgreSQL keeps microseconds: a clock of the same precision answers the timestamps a write
            // returns exactly as they read back later (a nanosecond instant rounds, and may tip the millisecond)
            Clock clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
            Ids ids = new TimeOrderedIds(clock);

            // metrics: JVM memory, GC, threads and CPU, the connection pool, requests and business counters
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(metrics);
            JvmGcMetrics gc = new JvmGcMetrics();
            gc.bindTo(metrics);
            resources.add(gc);
            new JvmThreadMetrics().bindTo(metrics);
            new ProcessorMetrics().bindTo(metrics);
            new UptimeMetrics().bindTo(metrics);
            resources.add(metrics::close);
            BusinessEvents events = new MicrometerBusinessEvents(metrics);

            PostgresDatabase database = open(config);
            database.publishPoolMetrics(metrics);
            JooqPersistence persistence = new JooqPersistence(statementLog == null
                    ? database.dataSource() : statementLog.wrap(database.dataSource()));

            ObjectStore objects = objectStore(config);
            // built before any use case, so that bad SMTP settings fail at start
            Mailer mailer = mailer(config, clock);
            log.info("object storage: {}, mail: {}, rate limiting: {}", config.storage(), mailer.getClass().getSimpleName(),
                    config.redisUrl().isPresent() ? "redis" : "in-process");

            BcryptPasswordHasher hasher = new BcryptPasswordHasher(config.bcryptCost());
            RateLimiter rateLimiter = rateLimiter(config, clock);
            Map<String, BooleanSupplier> readiness = new LinkedHashMap<>();
            readiness.put("database", persistence.healthCheck()::databaseUp);
            readiness.put("storage", objects::reachable);
            if (rateLimiter instanceof RedisRateLimiter redis) readiness.put("redis", redis::reachable);
            IdentityPolicy policy = new IdentityPolicy(config.accessTokenTtl(), config.refreshTokenTtl(),
                    config.loginAttemptsPerEmail(), config.loginAttemptsPerAddress(), IdentityPolicy.defaults().loginWindow());

            var tx = persistence.transactions();
            var users = persistence.users();
            var teams = persistence.teams();
            var memberships = persistence.memberships();
            JooqCatalogue catalogue = new JooqCatalogue(persistence);
            var clients = new JooqClients(persistence).clients();
            var groups = new JooqGroups(persistence).groups();
            JooqOrders orderStore = new JooqOrders(persistence);
            TeamAccess access = new TeamAccess(teams, memberships);
            Documents documentRows = new JooqDocumentStore(persistence).documents();
            // every order change discards the order's invoice and delivery note (objects, then rows)
            OrderDocuments documents = new DocumentInvalidation(documentRows, objects, tx);

            images = images(config);
            JooqShop shop = new JooqShop(persistence);

            ManageCatalogue manageCatalogue = new ManageCatalogue(catalogue.containers(), catalogue.beers(),
                    catalogue.multipacks(), catalogue.pricebooks(), access, tx, clock, ids);
            SignIn signIn = new SignIn(users, persistence.sessions(), memberships, teams, hasher, rateLimiter, tx, clock, ids, policy,
                    persistence.callers());
            ManageTeams manageTeams = new ManageTeams(teams, memberships, users, access, List.of(manageCatalogue), tx, clock, ids);
            ManageSettings manageSettings = new ManageSettings(teams, persistence.defaultContainers(), access, tx, clock);
            Profile profile = new Profile(users, memberships, tx);
            ManagePlatformAccess platform = new ManagePlatformAccess(teams, memberships, users, hasher, tx, clock, ids);
            ManageOrders manageOrders = new ManageOrders(orderStore.orders(), orderStore.shippingRules(), clients,
                    catalogue.beers(), catalogue.containers(), catalogue.multipacks(), catalogue.pricebooks(), groups,
                    documents, persistence.deposits(), teams, access, tx, clock, ids, events);
            ManagePricebooks managePricebooks = new ManagePricebooks(catalogue.pricebooks(), catalogue.beers(),
                    catalogue.containers(), catalogue.multipacks(), access, tx, clock, ids);
            ManageClients manageClients = new ManageClients(clients, catalogue.pricebooks(), persistence.deposits(), access, tx, clock, ids);
            ManageGroups manageGroups = new ManageGroups(groups, teams, memberships, access,
                    new ClearHiddenGroupPlacement(shop.placements()), tx, clock, ids);
            ManageShippingRules shippingRules = new ManageShippingRules(orderStore.shippingRules(), access, tx, clock, ids);
            ManagePayments payments = new ManagePayments(orderStore.orders(), persistence.payments(), persistence.deposits(),
                    documents, access, tx, clock, ids, events);
            ManageDeposits deposits = new ManageDeposits(persistence.deposits(), clients, catalogue.containers(), orderStore.orders(),
                    documents, access, tx, clock, ids);
            ClaimGroupOrders claims = new ClaimGroupOrders(orderStore.orders(), groups, documents, persistence.activity(), access, tx, clock, ids);
            ReadActivity activity = new ReadActivity(persistence.activity(), access, tx);

            config.admin().ifPresent(admin -> {
                if (platform.ensureAdmin(admin.email(), admin.password()))
                    log.info("created the first platform admin {}", admin.email());
            });

            ManageDocuments paperwork = new ManageDocuments(documentRows, new ITextDocumentRenderer(), objects, orderStore.orders(),
                    teams, clients, access, tx, clock, ids, events);
            ManageTeamLogo logos = new ManageTeamLogo(teams, access, objects, images, tx, clock, ids);

            HttpApi.Settings httpSettings = HttpApi.Settings.defaults();
            BodyReader bodies = HttpApi.bodies(httpSettings);
            // the route groups of the first contexts; the server answers the routes of its route groups only
            List<RouteGroup> contexts = List.of(
                    new AuthRoutes(signIn, profile, bodies),
                    new TeamRoutes(manageTeams, objects, bodies),
                    new SettingsRoutes(manageSettings, bodies),
                    new PlatformRoutes(platform, bodies),
                    new TeamLogoRoutes(logos, objects),
                    new HealthRoutes(persistence.healthCheck()),
                    new FileRoutes(objects),
                    new OrderRoutes(manageOrders, bodies),
                    new ShippingRuleRoutes(shippingRules, bodies),
                    new PaymentRoutes(payments, bodies),
                    new GroupClaimRoutes(claims, manageOrders, bodies),
                    new ReturnRoutes(deposits, bodies),
                    new ActivityRoutes(activity),
                    new CatalogueRoutes(manageCatalogue, bodies),
                    new PricebookRoutes(managePricebooks, bodies),
                    new ClientRoutes(manageClients, bodies),
                    new GroupRoutes(manageGroups, bodies, clock),
                    new DocumentRoutes(paperwork));
            // the route groups of the newer contexts, one per context, registered through the route table
            List<RouteGroup> routeGroups = new ArrayList<>();
            routeGroups.add(new TeamSlugRoutes(new ChangePublicSlug(teams, access, tx, clock), objects, bodies));
            // the shop: navigation, team search and publishing, upsells, featured groups, the storefront's reads
            routeGroups.add(new ShopNavigationRoutes(new ListNavigation(shop.navigation(), tx, clock, ids),
                    new ToggleNavigationItem(shop.navigation(), tx, clock), bodies));
            routeGroups.add(new ShopTeamRoutes(new PublishBeers(shop.beerVisibility(), access, tx, clock),
                    new SearchTeams(shop.directory(), tx), new ListTeamShopGroups(teams, shop.directory(), tx), objects));
            routeGroups.add(new UpsellRoutes(new UpsellRoutes.UseCases(
                    new ListUpsells(shop.upsells(), tx),
                    new GetUpsell(shop.upsells(), tx),
                    new CreateUpsell(shop.upsells(), tx, clock, ids),
                    new UpdateUpsell(shop.upsells(), tx, clock),
                    new DeleteUpsell(shop.upsells(), objects, tx),
                    new UploadUpsellImage(shop.upsells(), images, objects, tx, clock, ids),
                    new MakeUpsellImageDefault(shop.upsells(), tx, clock),
                    new DeleteUpsellImage(shop.upsells(), objects, tx, clock)), objects, bodies));
            routeGroups.add(new FeaturedGroupRoutes(new ListFeaturedGroups(shop.directory(), tx),
                    new PlaceFeaturedGroup(shop.placements(), teams, groups, shop.directory(), tx, clock, ids),
                    new ClearFeaturedSlot(shop.placements(), tx), objects, bodies));
            routeGroups.add(new StorefrontRoutes(new ReadPublicNavigation(shop.navigation(), tx),
                    new ListPublicUpsells(shop.upsells(), tx), new ListPublicGroups(shop.directory(), tx),
                    new ListPublicFeaturedGroups(shop.directory(), tx), objects));
            // homepage promotions and the hero carousel, with their storefront reads
            JooqPromotions promotions = new JooqPromotions(persistence);
            routeGroups.add(new PromotionRoutes(new PromotionRoutes.UseCases(
                    new ListPromotions(promotions, tx),
                    new CreatePromotion(promotions, teams, objects, images, tx, clock, ids),
                    new UpdatePromotion(promotions, teams, objects, images, tx, clock),
                    new MakePromotionDefault(promotions, tx, clock),
                    new DeletePromotion(promotions, objects, tx),
                    new ShowCurrentPromotion(promotions, tx, clock)), objects, bodies));
            JooqHeroes heroes = new JooqHeroes(persistence);
            routeGroups.add(new HeroRoutes(new HeroRoutes.UseCases(
                    new ListHeroes(heroes, tx),
                    new CreateHero(heroes, objects, images, tx, clock, ids),
                    new UpdateHero(heroes, objects, images, tx, clock),
                    new ReorderHero(heroes, tx),
                    new DeleteHero(heroes, objects, tx)), objects, bodies));

            // off-trade collection requests: intake, notification emails after the commit, resend, the admin page
            CollectionRequests collectionRequests = new JooqCollectionRequests(persistence);
            OffTradePolicy offTrade = new OffTradePolicy(config.offTradeRateLimit(), OffTradePolicy.DEFAULT_WINDOW);
            routeGroups.add(new OffTradeRoutes(
                    new RequestCollection(collectionRequests, persistence.activity(), mailer, rateLimiter, offTrade, tx, clock, ids),
                    new ListCollectionRequests(collectionRequests, teams, access, tx),
                    new ResendCollectionNotice(collectionRequests, teams, access, persistence.activity(), mailer, rateLimiter,
                            offTrade, tx, clock, ids),
                    bodies));
            routeGroups.add(new CollectionRequestsPage());

            routeGroups.add(new OpenApiRoutes());
            routeGroups.add(new MetricsRoutes(metrics, config.metricsToken()));
            routeGroups.add(new ReadinessRoutes(readiness));

            // the voucher marketplace: catalogue, checkout, the payment webhook, fulfilment jobs, recovery
            routeGroups.addAll(vouchers(config, database, persistence, mailer, rateLimiter, clock, bodies));

            List<RouteGroup> allGroups = new ArrayList<>(contexts);
            allGroups.addAll(routeGroups);
            http = new HttpApi(signIn, httpSettings, allGroups, tx, new MicrometerRequestObserver(metrics));
            http.start(config.port());
            resources.add(http::stop);
            log.info("Brewski listening on port {} (data directory {})", http.port(), config.dataDir());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The voucher marketplace: its use cases on the PostgreSQL ports, the Zendit-style partner, and the
     * fulfilment job scheduler (started here, stopped with the server).
     */
    private List<RouteGroup> vouchers(Config config, PostgresDatabase database, JooqPersistence persistence, Mailer mailer,
                                      RateLimiter rateLimiter, Clock clock, BodyReader bodies) {
        Config.Vouchers settings = config.vouchers();
        JooqFulfillment store = new JooqFulfillment(persistence);
        var tx = persistence.transactions();
        FulfilmentPolicy defaults = FulfilmentPolicy.defaults();
        FulfilmentPolicy policy = new FulfilmentPolicy(settings.itemLease(), defaults.pendingPolls(), defaults.pollBackoff(),
                settings.checkoutsPerAddress(), defaults.checkoutWindow());
        ZenditClient zendit = new ZenditClient(settings.zenditBaseUrl().orElse(null), settings.zenditApiKey(), settings.zenditTimeout());
        FulfilOrder fulfil = new FulfilOrder(store.orders(), store.catalogue(), store.attempts(), store.alerts(),
                store.preloadedCodes(), store.partnerTransactions(), zendit, mailer, tx, clock, policy);
        DbSchedulerJobs.Settings jobDefaults = DbSchedulerJobs.Settings.defaults();
        DbSchedulerJobs jobs = new DbSchedulerJobs(persistence, database.dataSource(), fulfil::fulfil,
                new DbSchedulerJobs.Settings(settings.jobPollInterval(), settings.jobHeartbeat(), jobDefaults.missedHeartbeatsLimit(),
                        settings.jobRetryDelay(), jobDefaults.maxRetries(), jobDefaults.shutdownMaxWait(), jobDefaults.threads()));
        jobs.start();
        resources.add(jobs);
        log.info("vouchers: {}", settings);

        var catalogue = new VoucherCatalogueRoutes(new VoucherCatalogueRoutes.UseCases(
                new CreatePartner(store.partners(), tx, clock),
                new ListPartners(store.partners(), tx),
                new LoadPreloadedCodes(store.partners(), store.catalogue(), store.preloadedCodes(), tx, clock),
                new CreateVoucherProduct(store.catalogue(), tx, clock),
                new ListVoucherProducts(store.catalogue(), tx),
                new AddVoucherVariant(store.catalogue(), tx, clock),
                new AddPartnerSource(store.catalogue(), store.partners(), tx, clock),
                new UpdatePartnerSource(store.catalogue(), tx, clock)), bodies);
        var orders = new VoucherOrderRoutes(new PlaceVoucherOrder(store.catalogue(), store.orders(), rateLimiter, tx, clock, policy),
                new ReadVoucherOrders(store.orders(), tx), new ReadAdminAlerts(store.alerts(), tx), bodies);
        var webhook = new PaymentWebhookRoutes(new ConfirmPayment(store.orders(), store.alerts(), jobs, tx, clock),
                settings.webhookSecret(), clock);
        var recovery = new FulfillmentRecoveryRoutes(new FulfillmentRecoveryRoutes.UseCases(
                new SubmitManualCode(store.orders(), store.partners(), store.attempts(), store.alerts(), mailer, tx, clock),
                new SubmitManualCodes(store.orders(), store.partners(), store.attempts(), store.alerts(), mailer, tx, clock),
                new ResendVoucherEmail(store.orders(), store.attempts(), store.alerts(), mailer, tx, clock),
                new RetryPartnerFulfilment(store.orders(), store.catalogue(), store.attempts(), store.alerts(),
                        store.preloadedCodes(), store.partnerTransactions(), zendit, mailer, tx, clock, policy),
                new ReadFulfilmentAttempts(store.orders(), store.attempts(), tx)), bodies);
        return List.of(catalogue, orders, webhook, recovery);
    }

    /** Starts everything the configuration asks for. */
    public static Brewski start(Config config) {
        return new Brewski(config, null);
    }

    /** The same, with every statement the application sends to its database logged into {@code statementLog}. */
    public static Brewski start(Config config, StatementLog statementLog) {
        return new Brewski(config, statementLog);
    }

    public int port() {
        return http.port();
    }

    /** The image pipeline: its limits, statistics and decoding slots (for operators and tests). */
    public ImageIoImages images() {
        return images;
    }

    /** The one image pipeline of the server: decoding slots sized to the heap unless IMAGE_DECODE_SLOTS says otherwise. */
    private static ImageIoImages images(Config config) {
        ImageIoImages.Limits limits = ImageIoImages.Limits.forHeap(Runtime.getRuntime().maxMemory());
        if (config.imageDecodeSlots() > 0) limits = limits.withSlots(config.imageDecodeSlots(), config.imageDecodeWait());
        else limits = limits.withSlots(limits.slots(), config.imageDecodeWait());
        log.info("image pipeline: {} decoding slots, {} ms wait, {} MB of pixels per decode", limits.slots(),
                limits.slotWait().toMillis(), limits.maxDecodedBytes() / (1024 * 1024));
        return new ImageIoImages(limits);
    }

    /** Every route the server answers: its route table. */
    public List<Route> routes() {
        return http.routeTable().routes();
    }

    /** The HTTP API, e.g. for tests that compare what Javalin serves with the route table. */
    public HttpApi http() {
        return http;
    }

    private PostgresDatabase open(Config config) {
        Config.Database db = config.database().orElseGet(() -> {
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"));
            resources.add(embedded);
            log.info("embedded PostgreSQL started (files under {})", config.dataDir().resolve("postgres"));
            return new Config.Database(embedded.jdbcUrl(), embedded.user(), null);
        });
        PostgresDatabase database = PostgresDatabase.connect(db.jdbcUrl(), db.user(), db.password());
        resources.add(database);
        return database;
    }

    /** Redis when REDIS_URL is set (shared by every instance), else in-process. */
    private RateLimiter rateLimiter(Config config, Clock clock) {
        if (config.redisUrl().isEmpty()) return new InProcessRateLimiter(clock);
        RedisRateLimiter redis = new RedisRateLimiter(config.redisUrl().get(), clock);
        resources.add(redis);
        return redis;
    }

    private static ObjectStore objectStore(Config config) {
        return switch (config.storage()) {
            case Config.Filesystem fs -> new FilesystemObjectStore(fs.root(), config.publicBaseUrl());
            case Config.S3 s3 -> new MinioObjectStore(s3.endpoint(), s3.bucket(), s3.accessKey(), s3.secretKey(), s3.publicUrl());
            case Config.NoStorage none -> new NoObjectStore();
        };
    }

    private static Mailer mailer(Config config, Clock clock) {
        return config.smtp()
                .<Mailer>map(smtp -> new SmtpMailer(smtp.host(), smtp.port(), smtp.user(), smtp.password(), config.mailFrom(), smtp.startTls()))
                .orElseGet(() -> new OutboxMailer(config.dataDir().resolve("outbox"), config.mailFrom(), clock));
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.warn("error while shutting down", e);
            }
        }
        resources.clear();
    }
}
