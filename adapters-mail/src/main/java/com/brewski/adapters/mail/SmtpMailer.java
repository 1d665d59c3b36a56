package com.brewski.adapters.mail;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Unavailable;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail over SMTP with Jakarta Mail (Eclipse Angus).
 *
 * <ul>
 *   <li>Authentication (SMTP AUTH) is used when {@code user} is non-blank; otherwise none.</li>
 *   <li>{@code startTls = true} makes STARTTLS <em>required</em>: a server that does not offer it, or whose
 *       certificate does not verify for {@code host}, fails the send rather than falling back to plain text
 *       (the credentials would otherwise cross the network unencrypted).</li>
 *   <li>Connect, read and write timeouts are {@link #DEFAULT_TIMEOUT} unless given.</li>
 * </ul>
 *
 * <p>Errors: an empty or invalid recipient is {@link InvalidField} ({@code to}) and nothing is sent; any
 * transport failure (cannot connect, timeout, authentication or recipient refused, TLS) is {@link Unavailable}
 * ("mail delivery failed"). The cause is logged at WARN with host and port, never the user or password.
 */
public final class SmtpMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final InternetAddress from;
    private final Session session;
    private final Clock clock = Clock.systemUTC();

    /** As {@link #SmtpMailer(String, int, String, String, String, boolean, Duration)} with {@link #DEFAULT_TIMEOUT}. */
    public SmtpMailer(String host, int port, String user, String password, String from, boolean startTls) {
        this(host, port, user, password, from, startTls, DEFAULT_TIMEOUT);
    }

    /**
     * @param host     the SMTP server
     * @param port     its port (typically 587 with STARTTLS, 25 without)
     * @param user     the SMTP AUTH user; {@code null} or blank for no authentication
     * @param password the SMTP AUTH password (ignored without a user)
     * @param from     the sender address, for example {@code Brewski <no-reply@brewski.example>}
     * @param startTls whether STARTTLS is required
     * @param timeout  connect, read and write timeout
     * @throws IllegalArgumentException when {@code from} is not a valid address, {@code host} is blank, the port
     *                                  is out of range or the timeout is not positive
     */
    public SmtpMailer(String host, int port, String user, String password, String from, boolean startTls,
                      Duration timeout) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) throw new IllegalArgumentException("host is required");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be between 1 and 65535");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.host = host;
        this.port = port;
        this.user = user == null || user.isBlank() ? null : user;
        this.password = this.user == null ? null : (password == null ? "" : password);
        this.from = MimeMessages.parseFrom(from);

        Properties properties = MimeMessages.baseProperties(this.from);
        String millis = Long.toString(Math.max(1, timeout.toMillis()));
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.auth", Boolean.toString(this.user != null));
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(Message message) {
        Objects.requireNonNull(message, "message");
        InternetAddress[] to = MimeMessages.recipients(message.to());
        try {
            MimeMessage mime = MimeMessages.build(session, from, to, message, clock.instant());
            if (user != null) {
                Transport.send(mime, user, password);
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("SMTP delivery via {}:{} failed", host, port, e);
            throw new Unavailable("mail delivery failed");
        }
    }

    @Override
    public String toString() {
        return "SmtpMailer[" + host + ":" + port + (user != null ? ", authenticated" : "") + "]";
    }
}
