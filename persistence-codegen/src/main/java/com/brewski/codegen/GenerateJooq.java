package com.brewski.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Build-time jOOQ code generation: starts an embedded PostgreSQL, applies the Flyway migrations,
 * and generates jOOQ classes from the real schema, so the generated types are exact.
 * Skips the work when neither the migrations, the target package nor this generator have changed
 * since the last generation.
 *
 * Arguments: migration directory, output directory, target package.
 */
public final class GenerateJooq {

    private GenerateJooq() {}

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String targetPackage = args[2];

        String fingerprint = fingerprint(migrations, targetPackage);
        Path stamp = output.resolve(".migrations.sha256");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated sources are current");
            return;
        }

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure()
                    .dataSource(url, "postgres", null)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();

            Configuration configuration = new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withExcludes("flyway_schema_history|scheduled_tasks")
                                    .withForcedTypes(new ForcedType()
                                            .withName("INSTANT")
                                            .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)")))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withFluentSetters(true))
                            .withTarget(new Target()
                                    .withPackageName(targetPackage)
                                    .withDirectory(output.toAbsolutePath().toString())));
            GenerationTool.generate(configuration);
        }
        Files.createDirectories(output);
        Files.writeString(stamp, fingerprint);
    }

    private static String fingerprint(Path migrations, String targetPackage) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(targetPackage.getBytes(StandardCharsets.UTF_8));
        try (InputStream generator = GenerateJooq.class.getResourceAsStream("GenerateJooq.class")) {
            if (generator != null) digest.update(generator.readAllBytes());
        }
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
