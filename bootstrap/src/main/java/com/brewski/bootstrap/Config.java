package com.brewski.bootstrap;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration read from the environment (see the README for every variable). Unset means the
 * embedded default: an embedded PostgreSQL, files and an outbox under the data directory,
 * in-process rate limiting.
 */
public record Config(
        int port,
        Path dataDir,
        String publicBaseUrl,
        Optional<Database> database,
        Storage storage,
        Optional<Smtp> smtp,
        String mailFrom,
        Optional<String> redisUrl,
        Optional<Admin> admin,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        int bcryptCost,
        int loginAttemptsPerEmail,
        int loginAttemptsPerAddress,
        int imageDecodeSlots,
        Duration imageDecodeWait) {

    public record Database(String jdbcUrl, String user, String password) {
        @Override
        public String toString() {
            return "Database[" + jdbcUrl.replaceAll("password=[^&]*", "password=****") + "]";
        }
    }

    public sealed interface Storage permits Filesystem, S3, NoStorage {}

    public record Filesystem(Path root) implements Storage {}

    public record S3(String endpoint, String bucket, String accessKey, String secretKey, String publicUrl) implements Storage {
        @Override
        public String toString() {
            return "S3[" + endpoint + ", bucket=" + bucket + "]";
        }
    }

    public record NoStorage() implements Storage {}

    public record Smtp(String host, int port, String user, String password, boolean startTls) {
        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + "]";
        }
    }

    public record Admin(String email, String password) {
        @Override
        public String toString() {
            return "Admin[" + email + "]";
        }
    }

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        int port = integer(env, "PORT", 7070);
        Path dataDir = Path.of(value(env, "BREWSKI_DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
        String publicBaseUrl = value(env, "PUBLIC_BASE_URL").orElse("http://localhost:" + port).replaceAll("/+$", "");

        Optional<Database> database = value(env, "DATABASE_URL")
                .map(url -> database(url, value(env, "DATABASE_USER").orElse(null), value(env, "DATABASE_PASSWORD").orElse(null)));

        Storage storage;
        if (value(env, "STORAGE").filter("none"::equalsIgnoreCase).isPresent()) {
            storage = new NoStorage();
        } else if (value(env, "S3_ENDPOINT").isPresent()) {
            storage = new S3(required(env, "S3_ENDPOINT"), required(env, "S3_BUCKET"), required(env, "S3_ACCESS_KEY"),
                    required(env, "S3_SECRET_KEY"), value(env, "S3_PUBLIC_URL").orElse(null));
        } else {
            storage = new Filesystem(dataDir.resolve("objects"));
        }

        Optional<Smtp> smtp = value(env, "SMTP_HOST").map(host -> {
            int smtpPort = integer(env, "SMTP_PORT", 587);
            boolean startTls = value(env, "SMTP_STARTTLS").map(Boolean::parseBoolean).orElse(smtpPort == 587);
            return new Smtp(host, smtpPort, value(env, "SMTP_USER").orElse(null), value(env, "SMTP_PASSWORD").orElse(null), startTls);
        });

        Optional<Admin> admin = value(env, "BREWSKI_ADMIN_EMAIL")
                .map(email -> new Admin(email, required(env, "BREWSKI_ADMIN_PASSWORD")));

        return new Config(port, dataDir, publicBaseUrl, database, storage, smtp,
                value(env, "MAIL_FROM").orElse("Brewski <no-reply@brewski.local>"),
                value(env, "REDIS_URL"), admin,
                Duration.ofMinutes(integer(env, "ACCESS_TOKEN_TTL_MINUTES", 120)),
                Duration.ofDays(integer(env, "REFRESH_TOKEN_TTL_DAYS", 30)),
                integer(env, "BCRYPT_COST", 12),
                integer(env, "LOGIN_ATTEMPTS_PER_EMAIL", 10),
                integer(env, "LOGIN_ATTEMPTS_PER_ADDRESS", 50),
                integer(env, "IMAGE_DECODE_SLOTS", 0), // 0: sized to the heap
                Duration.ofMillis(integer(env, "IMAGE_DECODE_WAIT_MS", 3000)));
    }

    /** Accepts a JDBC URL or a {@code postgres://user:password@host:port/db} URL. */
    static Database database(String url, String user, String password) {
        if (url.startsWith("jdbc:")) return new Database(url, user, password);
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme()))
            throw new IllegalArgumentException("DATABASE_URL must be a jdbc:postgresql:// or postgres:// URL");
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath()
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            if (user == null) user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            if (password == null && parts.length == 2) password = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        }
        return new Database(jdbc, user, password);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String required(Map<String, String> env, String name) {
        return value(env, name).orElseThrow(() -> new IllegalArgumentException(name + " must be set"));
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        return value(env, name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number");
            }
        }).orElse(fallback);
    }
}
