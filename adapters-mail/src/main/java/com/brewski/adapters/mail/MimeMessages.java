package com.brewski.adapters.mail;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.InvalidField;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Builds the MIME message both mailers send: {@code text/plain} in UTF-8, or {@code multipart/alternative}
 * (plain text first, HTML second) when the message has a non-blank HTML body.
 */
final class MimeMessages {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    /** Line breaks and other control characters in a subject would end the header (header injection). */
    private static final Pattern SUBJECT_CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]+");

    private MimeMessages() {}

    /** Parses the configured sender; a bad one is a configuration error, reported at construction. */
    static InternetAddress parseFrom(String from) {
        Objects.requireNonNull(from, "from");
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return utf8(address);
        } catch (AddressException e) {
            throw new IllegalArgumentException("from is not a valid email address: " + from, e);
        }
    }

    /**
     * Session properties shared by both mailers. {@code mail.from} also makes Jakarta Mail derive the
     * Message-ID from the sender instead of looking up the local host name.
     */
    static Properties baseProperties(InternetAddress from) {
        Properties properties = new Properties();
        properties.setProperty("mail.from", from.getAddress());
        properties.setProperty("mail.mime.charset", UTF_8);
        return properties;
    }

    /**
     * The recipients, each one strictly parsed address (a display name is allowed: {@code Anna <anna@example.com>}).
     *
     * @throws InvalidField field {@code to}, when the list is empty or an entry is not exactly one valid address
     */
    static InternetAddress[] recipients(List<String> to) {
        if (to.isEmpty()) throw new InvalidField("to", "to is required");
        InternetAddress[] addresses = new InternetAddress[to.size()];
        for (int i = 0; i < addresses.length; i++) {
            String value = to.get(i);
            try {
                if (value.isBlank()) throw new AddressException("blank");
                InternetAddress parsed = new InternetAddress(value.strip(), true);
                parsed.validate();
                addresses[i] = utf8(parsed);
            } catch (AddressException e) {
                throw new InvalidField("to", "to must be a valid email address");
            }
        }
        return addresses;
    }

    /**
     * The same address with its display name RFC 2047-encoded as UTF-8. A parsed address would otherwise write
     * its display name into the header raw, as 8-bit bytes.
     */
    private static InternetAddress utf8(InternetAddress parsed) {
        String personal = parsed.getPersonal();
        if (personal == null || personal.isBlank()) return parsed;
        try {
            return new InternetAddress(parsed.getAddress(), personal, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always supported
        }
    }

    /** The subject on one line: any run of line breaks or other control characters becomes one space. */
    static String singleLine(String subject) {
        return SUBJECT_CONTROL.matcher(subject).replaceAll(" ");
    }

    static MimeMessage build(Session session, InternetAddress from, InternetAddress[] to,
                             Mailer.Message message, Instant sentAt) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        mime.setRecipients(RecipientType.TO, to);
        mime.setSubject(singleLine(message.subject()), UTF_8);
        mime.setSentDate(Date.from(sentAt));
        String html = message.htmlBody();
        if (html == null || html.isBlank()) {
            mime.setText(message.textBody(), UTF_8, "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.textBody(), UTF_8, "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(htmlPart);
            mime.setContent(alternative);
        }
        mime.saveChanges();
        return mime;
    }
}
