package com.brewski.bootstrap;

import com.brewski.adapters.http.security.BcryptPasswordHasher;
import com.brewski.adapters.persistence.EmbeddedPostgresServer;
import com.brewski.adapters.persistence.JooqDemoSeed;
import com.brewski.adapters.persistence.JooqPersistence;
import com.brewski.adapters.persistence.PostgresDatabase;
import com.brewski.domain.identity.Password;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code seed-demo --orders N [--team NAME]}: fills the configured database (the embedded one under
 * the data directory, or DATABASE_URL) with a demo team and N orders, showing a progress bar with the
 * rate and the time left on a terminal (plain lines otherwise), then prints the team and the user
 * to sign in with.
 */
final class DemoSeedCommand {
    private DemoSeedCommand() {}

    static int run(String[] args) {
        long orders = -1;
        String team = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--orders" -> orders = i + 1 < args.length ? parse(args[++i]) : -1;
                case "--team" -> team = i + 1 < args.length ? args[++i] : null;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    return 2;
                }
            }
        }
        if (orders < 0) {
            System.err.println("usage: seed-demo --orders N [--team NAME]");
            return 2;
        }
        String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        String teamName = team == null || team.isBlank() ? "Demo Brewery " + suffix : team.strip();
        String email = "demo-" + suffix + "@brewski.example";
        String password = "demo-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        String hash = new BcryptPasswordHasher(10).hash(new Password(password));

        Config config = Config.fromEnvironment();
        EmbeddedPostgresServer embedded = null;
        try {
            Config.Database db;
            if (config.database().isPresent()) {
                db = config.database().get();
            } else {
                embedded = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"));
                db = new Config.Database(embedded.jdbcUrl(), embedded.user(), null);
            }
            try (PostgresDatabase database = PostgresDatabase.connect(db.jdbcUrl(), db.user(), db.password())) {
                Progress progress = new Progress(orders, System.console() != null, System.out);
                JooqDemoSeed.Seeded seeded = new JooqDemoSeed(new JooqPersistence(database.dataSource()))
                        .seed(teamName, email, hash, orders, System.nanoTime(), progress::update);
                progress.done();
                System.out.printf("team     %s (%s)%n", seeded.teamName(), seeded.teamId().value());
                System.out.printf("sign in  %s / %s%n", seeded.email(), password);
                System.out.printf("orders   %d%n", seeded.orders());
            }
            return 0;
        } finally {
            if (embedded != null) embedded.close();
        }
    }

    private static long parse(String raw) {
        try {
            return Long.parseLong(raw.replace("_", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A progress bar with rate and ETA on a terminal; a plain line every tenth otherwise. */
    static final class Progress {
        private static final int WIDTH = 30;
        private final long total;
        private final boolean tty;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private long lastTenth = -1;

        Progress(long total, boolean tty, PrintStream out) {
            this.total = total;
            this.tty = tty;
            this.out = out;
        }

        void update(long done) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            double rate = done / seconds;
            long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
            if (tty) {
                int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
                out.printf(Locale.ROOT, "\r[%s%s] %,d/%,d orders  %,.0f/s  ETA %ds ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                        done, total, rate, eta);
                out.flush();
            } else {
                long tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth == lastTenth) return;
                lastTenth = tenth;
                out.printf(Locale.ROOT, "%,d/%,d orders (%d%%), %,.0f orders/s, ETA %ds%n", done, total, tenth * 10, rate, eta);
            }
        }

        void done() {
            double seconds = (System.nanoTime() - started) / 1e9;
            if (tty) out.println();
            out.printf(Locale.ROOT, "seeded %,d orders in %.1f s (%,.0f orders/s)%n", total, seconds, total / Math.max(1e-3, seconds));
        }
    }
}
