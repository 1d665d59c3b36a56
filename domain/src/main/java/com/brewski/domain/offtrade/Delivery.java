package com.brewski.domain.offtrade;

import java.time.Instant;
import java.util.Objects;

/** What became of one attempt to email a team about a request. */
public sealed interface Delivery permits Delivery.Sent, Delivery.Failed, Delivery.NoContactEmail {
    /** The email went out at {@code at}. */
    record Sent(Instant at) implements Delivery {
        public Sent {
            Objects.requireNonNull(at);
        }
    }

    /** The mail server refused or could not be reached. */
    record Failed(String reason) implements Delivery {
        public Failed {
            Objects.requireNonNull(reason);
        }
    }

    /** The team has no {@code offTradeContactEmail}: nothing was sent. */
    record NoContactEmail() implements Delivery {}
}
