package com.brewski.adapters.http.fulfillment;

import com.brewski.domain.shared.InvalidField;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Stripe's webhook signature scheme: {@code X-Brewski-Signature: t=<unix seconds>,v1=<hex>} where the
 * hex is HMAC-SHA256 of {@code "<t>.<raw body>"} under the shared secret. Several {@code v1} entries
 * may be given (secret rotation); one must match. A timestamp more than the tolerance away from now
 * is refused, so a captured request cannot be replayed later.
 */
public final class PaymentWebhookSignature {
    public static final String HEADER = "X-Brewski-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;

    public PaymentWebhookSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the header against the raw body; a missing, stale or wrong signature is a 400. */
    public void verify(String header, byte[] body, Instant now) {
        if (header == null || header.isBlank()) throw invalid("the " + HEADER + " header is required");
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw invalid("the signature timestamp is malformed");
                }
            } else if (key.equals("v1")) {
                signatures.add(value.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (timestamp == null || signatures.isEmpty()) throw invalid("the signature must carry t= and v1=");
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds())
            throw invalid("the signature timestamp is outside the tolerance");
        byte[] expected = HexFormat.of().formatHex(sign(timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures)
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) return;
        throw invalid("the signature does not match");
    }

    /** The HMAC of {@code "<t>.<body>"}; also how a sender (or a test) signs. */
    public byte[] sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A complete header value for {@code body} at {@code timestamp}. */
    public String header(long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(sign(timestamp, body));
    }

    private static InvalidField invalid(String message) {
        return new InvalidField(HEADER, "invalid webhook signature: " + message, "INVALID_SIGNATURE");
    }
}
