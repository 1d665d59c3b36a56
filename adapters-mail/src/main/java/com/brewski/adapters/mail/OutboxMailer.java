package com.brewski.adapters.mail;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Unavailable;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default {@link Mailer}: writes each message as an RFC 5322 {@code .eml} file into an outbox
 * directory, where a person (or any mail client) can open it.
 *
 * <p>File names are {@code <UTC timestamp, nanosecond precision, fixed width>-<random>.eml}, for example
 * {@code 20250725T103000.123000000Z-5f0c…e1.eml}: sorting the names sorts the messages by the clock's send time,
 * and the 122 random bits of a UUID keep two messages sent at the same instant apart. A message is written to a
 * hidden {@code .tmp} file in the same directory, forced to disk and then atomically renamed, so a reader of
 * {@code *.eml} never sees a half-written message. The directory is created on first send.
 *
 * <p>Errors: an empty or invalid recipient is {@link InvalidField} ({@code to}); any I/O or MIME failure is
 * {@link Unavailable} ("mail delivery failed"), its cause logged.
 */
public final class OutboxMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);
    static final DateTimeFormatter FILE_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    private final Path outboxDirectory;
    private final InternetAddress from;
    private final Clock clock;
    private final Session session;

    /**
     * @param outboxDirectory where the {@code .eml} files go; created (with parents) when the first message is sent
     * @param from            the sender address, for example {@code Brewski <no-reply@brewski.example>}
     * @param clock           the send time: the {@code Date} header and the file name
     * @throws IllegalArgumentException when {@code from} is not a valid email address
     */
    public OutboxMailer(Path outboxDirectory, String from, Clock clock) {
        this.outboxDirectory = Objects.requireNonNull(outboxDirectory, "outboxDirectory");
        this.from = MimeMessages.parseFrom(from);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(MimeMessages.baseProperties(this.from));
    }

    @Override
    public void send(Message message) {
        Objects.requireNonNull(message, "message");
        InternetAddress[] to = MimeMessages.recipients(message.to());
        Instant sentAt = clock.instant();
        Path temp = null;
        try {
            MimeMessage mime = MimeMessages.build(session, from, to, message, sentAt);
            Files.createDirectories(outboxDirectory);
            temp = Files.createTempFile(outboxDirectory, ".outbox-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                mime.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Path target = outboxDirectory.resolve(fileName(sentAt));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException | MessagingException | RuntimeException e) {
            log.warn("Writing a message to the outbox {} failed", outboxDirectory, e);
            throw new Unavailable("mail delivery failed");
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
    }

    static String fileName(Instant sentAt) {
        return FILE_TIMESTAMP.format(sentAt) + "-" + UUID.randomUUID().toString().replace("-", "") + ".eml";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary outbox file {}", file, e);
        }
    }
}
