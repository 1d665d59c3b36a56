package com.brewski.bootstrap;

import com.brewski.adapters.persistence.EmbeddedPostgresServer;
import com.brewski.adapters.persistence.PostgresDatabase;
import com.brewski.adapters.persistence.StatementLog;

import java.nio.file.Path;

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
            case "seed-demo" -> System.exit(DemoSeedCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            case "help", "--help", "-h" -> System.out.println(usage());
            default -> {
                System.err.println("unknown command: " + command);
                System.err.println(usage());
                System.exit(2);
            }
        }
    }

    private static void serve() throws InterruptedException {
        // BREWSKI_STATEMENT_LOG=<file>: every statement sent to the database is appended there (benchmarks replay them)
        String logFile = System.getenv("BREWSKI_STATEMENT_LOG");
        StatementLog statementLog = logFile == null || logFile.isBlank() ? null : StatementLog.toFile(Path.of(logFile));
        Brewski brewski = Brewski.start(Config.fromEnvironment(), statementLog);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            brewski.close();
            if (statementLog != null) statementLog.close();
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
                usage: java -jar brewski.jar [serve|migrate|seed-demo|help]
                  serve    run the HTTP server (default); configuration comes from the environment
                  migrate  apply database migrations and exit
                  seed-demo --orders N [--team NAME]
                           add a demo team (owner, clients, beers, N orders with payments) and print how to sign in
                """;
    }
}
