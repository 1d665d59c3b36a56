package com.brewski.domain.offtrade;

import com.brewski.domain.clients.Phone;
import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;

/**
 * An off-trade buyer's (a shop's, a deli's) request that a brewery collect from or deliver to it.
 * The district defaults to the postcode's outward code; it is what the request is routed by.
 */
public record CollectionRequest(CollectionRequestId id, String businessName, String contactName, Email contactEmail,
                                String contactPhone, Postcode postcode, District district, String message,
                                Instant createdAt) {
    public static final int MAX_MESSAGE = 2000;

    public CollectionRequest {
        Objects.requireNonNull(id);
        businessName = Text.required("businessName", businessName, 200);
        contactName = Text.required("contactName", contactName, 200);
        Objects.requireNonNull(contactEmail);
        contactPhone = Phone.normalise(contactPhone);
        Objects.requireNonNull(postcode);
        district = district == null ? postcode.district() : district;
        message = Text.required("message", message, MAX_MESSAGE);
        Objects.requireNonNull(createdAt);
    }

    /** What a buyer sends; each field is checked (400 naming it) before an id is taken. */
    public record Submission(String businessName, String contactName, Email contactEmail, String contactPhone,
                             Postcode postcode, District district, String message) {
        public Submission {
            businessName = Text.required("businessName", businessName, 200);
            contactName = Text.required("contactName", contactName, 200);
            Objects.requireNonNull(contactEmail);
            contactPhone = Phone.normalise(contactPhone);
            Objects.requireNonNull(postcode);
            message = Text.required("message", message, MAX_MESSAGE);
        }
    }

    public static CollectionRequest submitted(CollectionRequestId id, Submission s, Instant now) {
        return new CollectionRequest(id, s.businessName(), s.contactName(), s.contactEmail(), s.contactPhone(),
                s.postcode(), s.district(), s.message(), now);
    }
}
