package com.brewski.application.offtrade;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.identity.Email;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.Delivery;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Emails one team about one request through the {@link Mailer} port and says how it went; a mail
 * failure is an outcome ({@link Delivery.Failed}), never thrown.
 */
final class NoticeMail {
    private final Mailer mailer;
    private final Clock clock;

    NoticeMail(Mailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock;
    }

    Delivery send(CollectionRequest request, String teamName, Email to) {
        if (to == null) return new Delivery.NoContactEmail();
        try {
            mailer.send(message(request, teamName, to));
            return new Delivery.Sent(clock.instant());
        } catch (RuntimeException e) {
            return new Delivery.Failed(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
    }

    static Mailer.Message message(CollectionRequest r, String teamName, Email to) {
        String subject = "Collection request " + r.id() + " from " + r.businessName() + " (" + r.district().value() + ")";
        String text = """
                A buyer near you asked %s to collect or deliver.

                Request:   %s
                Business:  %s
                Contact:   %s <%s>%s
                Postcode:  %s
                District:  %s

                %s

                Reply to the buyer directly. The request is listed under Orders > Collection requests.
                """.formatted(teamName, r.id(), r.businessName(), r.contactName(), r.contactEmail().value(),
                r.contactPhone() == null ? "" : ", " + r.contactPhone(), r.postcode().value(), r.district().value(),
                r.message());
        return new Mailer.Message(List.of(to.value()), subject, text, null);
    }
}
