package com.brewski.bootstrap;

import com.brewski.adapters.persistence.EmbeddedPostgresServer;
import com.brewski.adapters.persistence.PostgresDatabase;

import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code serve} (default) runs the server; {@code migrate} applies the database
 * migrations and exits; {@code help} prints the usage.
 */
public final class Main {
    private Main() {}

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LogFormat.select(System.getenv("LOG_FORMAT")); // before the first logger
    }

    public static void main(String[] args) throws InterruptedException {
        String command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve" -> serve();
            case "migrate" -> migrate();
            case "help", "--help", "-h" -> System.out.println(usage());
            default -> {
                System.err.println("unknown command: " + command);
                System.err.println(usage());
                System.exit(2);
            }
        }
    }

    private static void serve() throws InterruptedException {
        Brewski brewski = Brewski.start(Config.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            brewski.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }

    private static void migrate() {
        Config config = Config.fromEnvironment();
        if (config.database().isPresent()) {
            Config.Database db = config.database().get();
            try (PostgresDatabase ignored = PostgresDatabase.connect(db.jdbcUrl(), db.user(), db.password())) {
                System.out.println("migrations applied to " + db);
            }
        } else {
            try (EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"));
                 PostgresDatabase ignored = PostgresDatabase.connect(embedded.jdbcUrl(), embedded.user(), null)) {
                System.out.println("migrations applied to the embedded database under " + config.dataDir());
            }
        }
    }

    private static String usage() {
        return """
                usage: java -jar brewski.jar [serve|migrate|help]
                  serve    run the HTTP server (default); configuration comes from the environment
                  migrate  apply database migrations and exit
                """;
    }
}
