package com.brewski.application.shared;

import java.util.List;
import java.util.Objects;

/** Sends email (SMTP in production, .eml files in an outbox directory by default). */
public interface Mailer {
    /** Sends one message; failures are reported as {@link com.brewski.domain.shared.Unavailable}. */
    void send(Message message);

    record Message(List<String> to, String subject, String textBody, String htmlBody) {
        public Message {
            to = List.copyOf(to);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(textBody);
        }
    }
}
