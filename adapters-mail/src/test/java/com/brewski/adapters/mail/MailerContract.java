package com.brewski.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.InvalidField;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Mailer} must do, checked by reading the delivered messages back as MIME: run against the SMTP
 * mailer (through a real SMTP server) and the outbox mailer (by parsing the written .eml files).
 */
abstract class MailerContract {
    static final String FROM = "Brewski <no-reply@brewski.example>";

    /** The mailer under test, sending as {@link #FROM}. */
    abstract Mailer mailer();

    /** Every distinct message delivered so far, parsed from what the transport produced. */
    abstract List<MimeMessage> delivered() throws Exception;

    @Test
    void sendsAPlainTextMessage() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com"), "Your order 42",
                "Hello Anna,\nyour order is confirmed.", null));

        MimeMessage mail = single();
        assertThat(addresses(mail.getFrom())).containsExactly("no-reply@brewski.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Brewski");
        assertThat(addresses(mail.getRecipients(RecipientType.TO))).containsExactly("anna@example.com");
        assertThat(mail.getRecipients(RecipientType.CC)).isNull();
        assertThat(mail.getSubject()).isEqualTo("Your order 42");
        assertThat(mail.isMimeType("text/plain")).isTrue();
        assertThat(charset(mail.getContentType())).isEqualToIgnoringCase("UTF-8");
        assertThat(normalised(mail.getContent())).isEqualTo("Hello Anna,\nyour order is confirmed.");
        assertThat(mail.getSentDate()).isNotNull();
        assertThat(mail.getMessageID()).matches("<.+@.+>");
        assertThat(mail.getHeader("MIME-Version", null)).isEqualTo("1.0");
    }

    @Test
    void sendsAnHtmlAlternativeAfterThePlainText() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com"), "Invoice",
                "Your invoice is attached.", "<p>Your <b>invoice</b> is attached.</p>"));

        MimeMessage mail = single();
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(charset(text.getContentType())).isEqualToIgnoringCase("UTF-8");
        assertThat(normalised(text.getContent())).isEqualTo("Your invoice is attached.");
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(charset(html.getContentType())).isEqualToIgnoringCase("UTF-8");
        assertThat(normalised(html.getContent())).isEqualTo("<p>Your <b>invoice</b> is attached.</p>");
    }

    @Test
    void aBlankHtmlBodyIsNoAlternative() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com"), "Plain", "Only text", "  "));

        MimeMessage mail = single();
        assertThat(mail.isMimeType("text/plain")).isTrue();
        assertThat(normalised(mail.getContent())).isEqualTo("Only text");
    }

    @Test
    void keepsUtf8InSubjectBodiesAndNames() throws Exception {
        String subject = "Bestellung für Brauerei £";
        mailer().send(new Mailer.Message(List.of("Jürgen Größe <juergen@example.com>"), subject,
                "Grüße aus der Brauerei — 5,00 € 🍺", "<p>Grüße — 5,00 € 🍺</p>"));

        MimeMessage mail = single();
        assertThat(mail.getSubject()).isEqualTo(subject);
        // on the wire the header is an RFC 2047 encoded word, plain ASCII
        String rawSubject = mail.getHeader("Subject", null);
        assertThat(rawSubject).startsWithIgnoringCase("=?UTF-8?").doesNotContain("ü", "£");
        InternetAddress to = (InternetAddress) mail.getRecipients(RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("juergen@example.com");
        assertThat(to.getPersonal()).isEqualTo("Jürgen Größe");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(normalised(parts.getBodyPart(0).getContent())).isEqualTo("Grüße aus der Brauerei — 5,00 € 🍺");
        assertThat(normalised(parts.getBodyPart(1).getContent())).isEqualTo("<p>Grüße — 5,00 € 🍺</p>");
    }

    @Test
    void sendsOneMessageToSeveralRecipients() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com", "Bob <bob@example.org>"), "Delivery note",
                "Attached.", null));

        MimeMessage mail = single();
        assertThat(addresses(mail.getRecipients(RecipientType.TO)))
                .containsExactly("anna@example.com", "bob@example.org");
    }

    @Test
    void keepsTheSubjectOnOneLine() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com"),
                "Hello\r\nBcc: eve@example.com\n\nBody\u0007?\tTab", "Text", null));

        MimeMessage mail = single();
        assertThat(mail.getSubject()).isEqualTo("Hello Bcc: eve@example.com Body ?\tTab");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(addresses(mail.getAllRecipients())).containsExactly("anna@example.com");
        assertThat(normalised(mail.getContent())).isEqualTo("Text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-address", "anna@", "@example.com", "anna example@example.com", "",
            "   ", "anna@example.com, bob@example.com", "anna@example.com\r\nBcc: eve@example.com",
            "anna@example..com"})
    void rejectsAnInvalidRecipientAndSendsNothing(String recipient) throws Exception {
        Mailer mailer = mailer();
        Mailer.Message message = new Mailer.Message(List.of("ok@example.com", recipient), "Hi", "Text", null);

        assertThatThrownBy(() -> mailer.send(message))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessage("to must be a valid email address");
        assertThat(delivered()).isEmpty();
    }

    @Test
    void rejectsAMessageWithoutRecipients() throws Exception {
        Mailer mailer = mailer();
        Mailer.Message message = new Mailer.Message(List.of(), "Hi", "Text", null);

        assertThatThrownBy(() -> mailer.send(message))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessage("to is required");
        assertThat(delivered()).isEmpty();
    }

    @Test
    void deliversEachSendSeparately() throws Exception {
        Mailer mailer = mailer();
        mailer.send(new Mailer.Message(List.of("anna@example.com"), "First", "1", null));
        mailer.send(new Mailer.Message(List.of("bob@example.com"), "Second", "2", null));

        List<MimeMessage> mails = delivered();
        assertThat(mails).hasSize(2);
        // the order of two sends at one clock instant is not part of the contract
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("First", "Second");
        assertThat(mails.get(0).getMessageID()).isNotEqualTo(mails.get(1).getMessageID());
    }

    MimeMessage single() throws Exception {
        List<MimeMessage> mails = delivered();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    static String charset(String contentType) throws Exception {
        return new ContentType(contentType).getParameter("charset");
    }

    /** Body text with line endings as sent: SMTP carries CRLF, a body handed in with LF. */
    static String normalised(Object content) {
        assertThat(content).isInstanceOf(String.class);
        return ((String) content).replace("\r\n", "\n");
    }
}
