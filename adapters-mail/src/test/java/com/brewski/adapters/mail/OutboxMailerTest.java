package com.brewski.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.Unavailable;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox mailer, its .eml files parsed back with Jakarta Mail. */
class OutboxMailerTest extends MailerContract {
    static final Instant NOW = Instant.parse("2025-07-25T10:30:00.123Z");

    @TempDir
    Path temp;
    Path outbox;
    MutableClock clock;

    @BeforeEach
    void setUp() {
        outbox = temp.resolve("data/outbox");
        clock = new MutableClock(NOW);
    }

    @Override
    Mailer mailer() {
        return new OutboxMailer(outbox, FROM, clock);
    }

    @Override
    List<MimeMessage> delivered() throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (Path file : emlFiles()) messages.add(parse(file));
        return messages;
    }

    /** The .eml files, sorted by name. */
    List<Path> emlFiles() throws Exception {
        if (!Files.isDirectory(outbox)) return List.of();
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    static Mailer.Message message(String subject) {
        return new Mailer.Message(List.of("anna@example.com"), subject, "Text", null);
    }

    @Test
    void writesAnEmlFileNamedByTheClockWithTheClockAsDate() throws Exception {
        mailer().send(message("Hi"));

        List<Path> files = emlFiles();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString())
                .matches("20250725T103000\\.123000000Z-[0-9a-f]{32}\\.eml");
        assertThat(parse(files.get(0)).getSentDate().toInstant()).isEqualTo(Instant.parse("2025-07-25T10:30:00Z"));
    }

    @Test
    void writesAStandardMessageWithCrlfLineEndingsAndAsciiOnlyHeaders() throws Exception {
        mailer().send(new Mailer.Message(List.of("Jürgen Größe <juergen@example.com>"), "Bestellung für Brauerei £",
                "Zeile 1\nZeile 2 mit ü", "<p>ü</p>"));

        byte[] raw = Files.readAllBytes(emlFiles().get(0));
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContainPattern("(?<!\r)\n");
        int headerEnd = text.indexOf("\r\n\r\n");
        assertThat(headerEnd).isPositive();
        String headers = text.substring(0, headerEnd);
        assertThat(headers).containsPattern("(?m)^Date: ").containsPattern("(?m)^From: ")
                .containsPattern("(?m)^To: =\\?UTF-8\\?[BQ]\\?.+\\?= <juergen@example.com>\r?$").containsPattern("(?m)^Message-ID: <")
                .containsPattern("(?m)^MIME-Version: 1.0").containsPattern("(?m)^Content-Type: multipart/alternative");
        for (byte b : raw) assertThat(b & 0xff).as("7-bit clean").isLessThan(0x80);
    }

    @Test
    void fileNamesSortBySendTime() throws Exception {
        Mailer mailer = mailer();
        // sent out of order, across second, day and year boundaries and with sub-millisecond differences
        List<Instant> times = new ArrayList<>(List.of(
                Instant.parse("2025-12-31T23:59:59.999Z"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00.000000001Z"),
                Instant.parse("2026-01-01T00:00:00.5Z"),
                Instant.parse("2026-01-01T00:00:00.05Z"),
                Instant.parse("2026-01-01T09:00:00Z"),
                Instant.parse("2026-01-01T10:00:00Z"),
                Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2025-07-25T10:30:00.123456Z")));
        Collections.shuffle(times, new java.util.Random(7));
        for (Instant time : times) {
            clock.set(time);
            mailer.send(message(time.toString()));
        }

        List<String> subjectsByFileName = new ArrayList<>();
        for (Path file : emlFiles()) subjectsByFileName.add(parse(file).getSubject());
        List<String> subjectsByTime = times.stream().sorted().map(Instant::toString).toList();
        assertThat(subjectsByFileName).containsExactlyElementsOf(subjectsByTime);
    }

    @Test
    void twoSendsInTheSameMillisecondDoNotCollide() throws Exception {
        Mailer mailer = mailer();
        mailer.send(message("one"));
        mailer.send(message("two"));

        List<Path> files = emlFiles();
        assertThat(files).hasSize(2);
        assertThat(files.get(0).getFileName().toString()).startsWith("20250725T103000.123000000Z-");
        assertThat(files.get(1).getFileName().toString()).startsWith("20250725T103000.123000000Z-");
        assertThat(delivered()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void concurrentSendsAtOneInstantAllLand() throws Exception {
        Mailer mailer = mailer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String subject = "message " + i;
                tasks.add(() -> {
                    mailer.send(message(subject));
                    return null;
                });
            }
            for (Future<Void> result : pool.invokeAll(tasks)) result.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(emlFiles()).hasSize(100);
        assertThat(delivered()).extracting(MimeMessage::getSubject).doesNotHaveDuplicates().hasSize(100);
        try (Stream<Path> all = Files.list(outbox)) {
            assertThat(all).as("no temporary file is left behind").hasSize(100);
        }
    }

    @Test
    void anOutboxThatCannotBeWrittenIsUnavailable() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("outbox-file"), "I am a file");
        Mailer mailer = new OutboxMailer(notADirectory, FROM, clock);

        assertThatThrownBy(() -> mailer.send(message("Hi")))
                .isInstanceOf(Unavailable.class)
                .hasMessage("mail delivery failed");
        assertThat(Files.readString(notADirectory)).isEqualTo("I am a file");
    }

    @Test
    void rejectsAnInvalidSender() {
        assertThatThrownBy(() -> new OutboxMailer(outbox, "brewski at example", clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    }
}
