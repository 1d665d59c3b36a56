package com.brewski.bootstrap.gates;

import com.brewski.adapters.http.support.Route;
import com.brewski.bootstrap.gates.Hostile.Payload;
import com.brewski.bootstrap.gates.RouteFixtures.Call;
import com.brewski.bootstrap.gates.RouteFixtures.Upload;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, property-based, on one whole server of its own over real HTTP, as the owning team's
 * owner. Cases are generated from a seed that is printed ({@code -Dhostile.seed=…} replays a run): every
 * write route of the route table gets malformed JSON, non-objects, wrong types and hostile values per field, duplicate
 * keys, deep nesting and wrong content types; every route with ids gets bad ids in its path and
 * query; the upload route gets bad multipart forms; a few routes get 20 MB bodies. No answer may be
 * a 5xx or a success; every 4xx carries a {@code message}; no answer names a Java class, SQL or a
 * stack frame; afterwards {@code /health} answers and no row of the database has changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {
    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);
    /** What an answer must never show: Java types, stack frames, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(\\bjava\\.|javax\\.|jakarta\\.|org\\.eclipse|org\\.jooq|org\\.postgresql|com\\.fasterxml|com\\.brewski"
                    + "|exception|\\bat [\\w.$]+\\(|sqlstate|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|syntax error at|psql)");
    /** Tables whose rows a refused request may touch: none; sessions are read (and may be touched) by every authenticated request. */
    private static final List<String> UNWATCHED = List.of("sessions", "flyway_schema_history");


    private static TestServer server;
    private static String token;
    private static final List<Target> WRITES = new ArrayList<>();
    private static final List<Target> WITH_IDS = new ArrayList<>();
    private static Map<String, String> before;
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger RETRIED = new AtomicInteger();
    private static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
    private static ExecutorService pool;

    /** A route with a valid request of the owning team's owner, to be made hostile. */
    record Target(Route route, Call call) {}

    @BeforeAll
    static void start() {
        server = TestServer.start(SharedServer.ENVIRONMENT);
        World world = new World(server);
        token = world.token(CallerKind.OWNER);
        RouteFixtures fixtures = new RouteFixtures();
        for (Route route : server.routes()) {
            RouteFixtures.Fixture fixture = fixtures.all().get(route.key());
            if (fixture == null) continue; // the authorisation matrix fails for it
            Call call = fixture.build(world.owned(CallerKind.OWNER));
            if (!route.method().name().equals("GET") && call.body() instanceof Map<?, ?>) WRITES.add(new Target(route, call));
            if (route.path().contains("{") || call.path().contains("teamId=")) WITH_IDS.add(new Target(route, call));
        }
        before = snapshot();
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
        server.close();
        System.out.printf("hostile input: %d requests to %d write routes and %d routes with ids (seed %d); %d sent again after a"
                        + " closed connection%n",
                SENT.get(), WRITES.size(), WITH_IDS.size(), SEED, RETRIED.get());
    }

    /** Fails the test with the wrong answers collected since the last call. */
    private static void assertAllRefusedCleanly() {
        List<String> wrong;
        synchronized (FAILURES) {
            wrong = new ArrayList<>(FAILURES);
            FAILURES.clear();
        }
        assertThat(wrong).as("hostile requests answered wrongly (seed %d):%n%s", SEED,
                String.join("\n", wrong.subList(0, Math.min(60, wrong.size())))).isEmpty();
    }

    // --- properties

    @Test
    @Order(1)
    void hostile_bodies_to_every_write_route_are_refused_cleanly() {
        for (int i = 0; i < 180; i++) hostileBody(hostileBodies());
        assertAllRefusedCleanly();
    }

    private static void hostileBody(Hostile hostile) {
        sendToAll(WRITES, target -> {
            @SuppressWarnings("unchecked") Map<String, Object> template = (Map<String, Object>) target.call().body();
            Payload payload = hostile.apply(template);
            return new Request(target.route().method().name(), target.call().path(), payload.contentType(), payload.bytes(),
                    hostile.describe());
        });
    }

    @Test
    @Order(2)
    void bad_ids_in_paths_and_queries_are_refused_cleanly() {
        for (int i = 0; i < 60; i++) badId(badIds());
        assertAllRefusedCleanly();
    }

    private static void badId(String bad) {
        sendToAll(WITH_IDS, target -> {
            String path = target.call().path();
            String broken = path.contains("teamId=") && bad.length() % 2 == 0
                    ? path.replaceFirst("teamId=[^&]*", "teamId=" + bad)
                    : path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", bad);
            if (broken.equals(path)) broken = path.replaceFirst("/[^/?]+$", "/" + bad);
            byte[] body = target.call().body() instanceof Map<?, ?> m ? Hostile.write(m).getBytes(StandardCharsets.UTF_8) : null;
            return new Request(target.route().method().name(), broken, body == null ? null : "application/json", body, "bad id " + bad);
        });
    }

    @Test
    @Order(3)
    void bad_multipart_forms_to_the_upload_routes_are_refused_cleanly() {
        List<Target> uploads = new ArrayList<>();
        for (Route route : server.routes())
            if (route.maxUploadBytes() > 0) uploads.add(new Target(route, new Call(route.path().replaceAll("\\{[^}]+}", teamIdOf()))));
        assertThat(uploads).as("routes that take uploads").isNotEmpty();
        for (Payload form : badForms())
            sendToAll(uploads, target -> new Request("POST", target.call().path(), form.contentType(), form.bytes(), "bad multipart"));
        assertAllRefusedCleanly();
    }

    @Test
    @Order(4)
    void twenty_megabyte_bodies_are_refused_cleanly() {
        byte[] huge = ("{\"name\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        sendToAll(WRITES.subList(0, Math.min(4, WRITES.size())),
                target -> new Request(target.route().method().name(), target.call().path(), "application/json", huge, "20 MB body"));
        assertAllRefusedCleanly();
    }

    @Test
    @Order(5)
    void afterwards_the_server_answers_and_no_row_has_changed() {
        Response health = server.get("/health", null);
        assertThat(health.status()).as("/health after the hostile input: %s", health).isEqualTo(200);
        assertThat(snapshot()).as("rows after the hostile input").isEqualTo(before);
        Response me = server.get("/me", token);
        assertThat(me.status()).as("the hostile requests' session still works (no refused request ended it): %s", me).isEqualTo(200);
    }

    /**
     * Lone surrogates in every string field of every write route: refused (a 4xx with a message), never
     * a 5xx or a leak.
     * Runs after the row check, since an accepted one changes rows.
     */
    @Test
    @Order(6)
    void lone_surrogates_in_strings_are_never_a_server_error() {
        for (Target target : WRITES) {
            @SuppressWarnings("unchecked") Map<String, Object> template = (Map<String, Object>) target.call().body();
            for (Map.Entry<String, Object> field : template.entrySet()) {
                if (!(field.getValue() instanceof String)) continue;
                String body = Hostile.write(template).replace(Hostile.write(field.getValue()), "\"\\ud800" + "x\"");
                Request request = new Request(target.route().method().name(), target.call().path(), "application/json",
                        body.getBytes(StandardCharsets.UTF_8), "lone surrogate in " + field.getKey());
                check(target.route(), request);
            }
        }
        assertAllRefusedCleanly();
    }

    // --- generators (each draws from the seeded RANDOM)

    private static final List<String> GARBAGE = List.of("", "{", "}", "{\"a\":", "{'a':1}", "{\"a\":1,}", "{\"a\" 1}", "nul",
            "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\x\"}", "\u0000", "\uFEFF{}x");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
            "multipart/form-data", "application/jsonp", "");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "%00", "%2e%2e",
            "..%2f..%2fetc", "'%20OR%20'1'='1", "%F0%9F%98%80", "-1", "9223372036854775808", "1e308", "null", "%7B%7D",
            "00000000-0000-0000-0000-000000000000", "x".repeat(300), "%ED%A0%80", "%C0%AF");

    private static <T> T any(List<T> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }

    private static Hostile hostileBodies() {
        int seed = RANDOM.nextInt(1000);
        int variant = RANDOM.nextInt(1000);
        return switch (RANDOM.nextInt(8)) {
            case 0 -> new Hostile.Malformed(0.05 + 0.9 * RANDOM.nextDouble(), any(GARBAGE));
            case 1 -> new Hostile.Malformed(0.5, randomText(1 + RANDOM.nextInt(30)));
            case 2 -> new Hostile.NotAnObject(any(List.of("array", "empty-array", "string", "number", "null", "boolean")));
            case 3, 4 -> new Hostile.Field(seed, variant, any(List.of(Hostile.Field.Kind.values())));
            case 5 -> new Hostile.DuplicateKey(seed);
            case 6 -> new Hostile.DeepNesting(any(List.of(2_000, 10_000)), RANDOM.nextBoolean());
            default -> new Hostile.WrongContentType(any(CONTENT_TYPES));
        };
    }

    /** Random text that is not a JSON object: printable, control and non-BMP characters. */
    private static String randomText(int length) {
        StringBuilder text = new StringBuilder("x");
        while (text.length() < length) {
            int kind = RANDOM.nextInt(4);
            if (kind == 0) text.append((char) RANDOM.nextInt(0x20));
            else if (kind == 1) text.appendCodePoint(0x1F300 + RANDOM.nextInt(200));
            else text.append((char) (0x21 + RANDOM.nextInt(0x5E)));
        }
        return text.toString();
    }

    private static String badIds() {
        if (RANDOM.nextInt(3) > 0) return any(BAD_IDS);
        StringBuilder id = new StringBuilder();
        int length = 1 + RANDOM.nextInt(40);
        for (int i = 0; i < length; i++) id.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
        return id.toString();
    }

    private static List<Payload> badForms() {
        return List.of(
                form("multipart/form-data", "garbage without a boundary"),
                form("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\nnot a png\r\n--abc--\r\n"),
                form("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--abc--\r\n"),
                form("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\n\u0089PNG"),
                form("multipart/form-data; boundary=abc", "--xyz\r\n\r\n--xyz--"),
                form("multipart/form-data; boundary=" + "b".repeat(200), "--" + "b".repeat(200) + "--\r\n"),
                form("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + "f".repeat(10_000)
                        + "\"\r\nContent-Type: image/png\r\n\r\nxx\r\n--abc--\r\n"),
                form("application/json", "{\"image\":\"iVBORw0KGgo=\"}"),
                form("text/plain", "\u0089PNG\r\n"),
                form("multipart/mixed; boundary=abc", "--abc\r\n\r\nx\r\n--abc--\r\n"));
    }

    private static Payload form(String contentType, String body) {
        return new Payload(contentType, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    // --- sending and checking

    record Request(String method, String path, String contentType, byte[] body, String what) {}

    private static void sendToAll(List<Target> targets, java.util.function.Function<Target, Request> build) {
        List<Future<?>> futures = new ArrayList<>();
        for (Target target : targets) {
            Request request = build.apply(target);
            futures.add(pool.submit(() -> check(target.route(), request)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void check(Route route, Request request) {
        SENT.incrementAndGet();
        Response response = null;
        UncheckedIOException lost = null;
        // a keep-alive connection the server closed after an earlier refusal (to this or another worker
        // sharing the client's pool) carries no answer: sent again, up to three times in all, as clients do
        for (int attempt = 1; attempt <= 3 && response == null; attempt++) {
            try {
                if (attempt > 1) RETRIED.incrementAndGet();
                response = send(request);
            } catch (UncheckedIOException e) {
                lost = e;
            }
        }
        if (response == null) {
            FAILURES.add(route.key() + " " + request.what() + ": no answer, three times (" + lost.getMessage() + ")");
            return;
        }
        String where = route.key() + " ← " + request.what() + " → ";
        int status = response.status();
        if (status < 400 || status >= 500) {
            FAILURES.add(where + status + " " + Hostile.abbreviated(response.body()));
            return;
        }
        String body = response.body();
        if (LEAK.matcher(body).find()) FAILURES.add(where + "the answer leaks internals: " + Hostile.abbreviated(body));
        try {
            if (response.json() == null || !response.json().hasNonNull("message")) FAILURES.add(where + status + " without a message: " + body);
        } catch (AssertionError notJson) {
            FAILURES.add(where + status + " not JSON: " + Hostile.abbreviated(body));
        }
    }

    private static Response send(Request request) {
        return server.send(request.method(), request.path(), token, request.contentType(), request.body());
    }

    private static String teamIdOf() {
        for (Target target : WITH_IDS) {
            var m = Pattern.compile("teamId=([0-9a-f-]{36})").matcher(target.call().path());
            if (m.find()) return m.group(1);
        }
        throw new IllegalStateException("no team id");
    }

    /** Every watched table's rows, as one digest per table. */
    private static Map<String, String> snapshot() {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) if (!UNWATCHED.contains(rs.getString(1))) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '') from \""
                        + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }
}
