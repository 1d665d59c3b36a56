package com.brewski.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.Unavailable;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The SMTP mailer against a real SMTP server (GreenMail on a free port), messages read back from it. */
class SmtpMailerTest extends MailerContract {
    static final String USER = "brewski-mailer";
    static final String PASSWORD = "s3cret-Passw0rd";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger mailerLog = (Logger) LoggerFactory.getLogger(SmtpMailer.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        mailerLog.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        mailerLog.detachAppender(logs);
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    Mailer mailer() {
        return new SmtpMailer("127.0.0.1", port(), USER, PASSWORD, FROM, false);
    }

    /** GreenMail stores one copy per recipient mailbox; one message is one Message-ID. */
    @Override
    List<MimeMessage> delivered() throws Exception {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) byId.putIfAbsent(message.getMessageID(), message);
        return new ArrayList<>(byId.values());
    }

    @Test
    void deliversToEveryRecipientMailboxAndNoOther() throws Exception {
        mailer().send(new Mailer.Message(List.of("anna@example.com", "bob@example.org"), "Hi", "Text", null));
        mailer().send(new Mailer.Message(List.of("carl@example.com"), "Hello\r\nBcc: eve@example.com", "Text", null));

        assertThat(inboxSize("anna@example.com")).isEqualTo(1);
        assertThat(inboxSize("bob@example.org")).isEqualTo(1);
        assertThat(inboxSize("carl@example.com")).isEqualTo(1);
        assertThat(inboxSize("eve@example.com")).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    static int inboxSize(String email) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(email);
        return user == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    @Test
    void sendsWithoutAuthenticationWhenNoUserIsSet() throws Exception {
        new SmtpMailer("127.0.0.1", port(), null, null, FROM, false)
                .send(new Mailer.Message(List.of("anna@example.com"), "Anonymous", "Text", null));
        new SmtpMailer("127.0.0.1", port(), " ", "ignored", FROM, false)
                .send(new Mailer.Message(List.of("anna@example.com"), "Blank user", "Text", null));

        assertThat(delivered()).extracting(MimeMessage::getSubject).containsExactly("Anonymous", "Blank user");
    }

    /**
     * GreenMail does not require SMTP AUTH but does check the credentials a client presents: a refused login
     * proves the mailer authenticates with the configured user and password (the contract tests, sent with the
     * right ones, are delivered).
     */
    @Test
    void aRefusedLoginIsUnavailableAndTheLogCarriesNoCredentials() throws Exception {
        String wrongPassword = "wr0ng-Pa55word";
        Mailer mailer = new SmtpMailer("127.0.0.1", port(), USER, wrongPassword, FROM, false);
        Mailer.Message message = new Mailer.Message(List.of("anna@example.com"), "Hi", "Text", null);

        assertThatThrownBy(() -> mailer.send(message))
                .isInstanceOf(Unavailable.class)
                .hasMessage("mail delivery failed");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        assertThat(logs.list).hasSize(1);
        ILoggingEvent event = logs.list.get(0);
        assertThat(event.getThrowableProxy()).as("the cause is logged").isNotNull();
        String logged = event.getFormattedMessage() + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        assertThat(logged).contains("127.0.0.1:" + port())
                .doesNotContain(wrongPassword, PASSWORD, USER);
    }

    @Test
    void requiredStartTlsIsNotSilentlyDropped() throws Exception {
        // GreenMail's plain SMTP does not offer STARTTLS: the mailer must refuse to send in clear text
        Mailer mailer = new SmtpMailer("127.0.0.1", port(), USER, PASSWORD, FROM, true);
        Mailer.Message message = new Mailer.Message(List.of("anna@example.com"), "Hi", "Text", null);

        assertThatThrownBy(() -> mailer.send(message)).isInstanceOf(Unavailable.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClosedPortIsUnavailableWithinSeconds() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Mailer mailer = new SmtpMailer("127.0.0.1", closedPort, USER, PASSWORD, FROM, false);
        Mailer.Message message = new Mailer.Message(List.of("anna@example.com"), "Hi", "Text", null);

        assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
                assertThatThrownBy(() -> mailer.send(message))
                        .isInstanceOf(Unavailable.class)
                        .hasMessage("mail delivery failed"));
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithTheDefaultTimeout() throws Exception {
        // accepts the connection (the backlog does) but never sends the SMTP greeting
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Mailer mailer = new SmtpMailer("127.0.0.1", silent.getLocalPort(), USER, PASSWORD, FROM, false);
            Mailer.Message message = new Mailer.Message(List.of("anna@example.com"), "Hi", "Text", null);

            long start = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> mailer.send(message))
                            .isInstanceOf(Unavailable.class)
                            .hasMessage("mail delivery failed"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(SmtpMailer.DEFAULT_TIMEOUT.minusMillis(500), Duration.ofSeconds(9));
        }
    }

    @Test
    void aShorterTimeoutCanBeGiven() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Mailer mailer = new SmtpMailer("127.0.0.1", silent.getLocalPort(), null, null, FROM, false,
                    Duration.ofMillis(300));
            Mailer.Message message = new Mailer.Message(List.of("anna@example.com"), "Hi", "Text", null);

            assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                    assertThatThrownBy(() -> mailer.send(message)).isInstanceOf(Unavailable.class));
        }
    }

    @Test
    void rejectsBadConfiguration() {
        assertThatThrownBy(() -> new SmtpMailer("127.0.0.1", 25, null, null, "not an address", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> new SmtpMailer(" ", 25, null, null, FROM, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> new SmtpMailer("127.0.0.1", 0, null, null, FROM, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> new SmtpMailer("127.0.0.1", 25, null, null, FROM, false, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    @Test
    void toStringShowsNoCredentials() {
        assertThat(new SmtpMailer("smtp.example.com", 587, USER, PASSWORD, FROM, true).toString())
                .contains("smtp.example.com:587").doesNotContain(USER, PASSWORD);
    }
}
