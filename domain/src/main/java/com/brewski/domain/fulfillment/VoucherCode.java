package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Map;

/**
 * One voucher as handed to the customer: the code, and the PIN, redemption URL and expiry where known.
 * {@code field} names the input in errors ({@code codes[1].code}).
 */
public record VoucherCode(String code, String pin, String redemptionUrl, Instant expiresAt, Map<String, Object> metadata) {
    public static final int MAX_CODE_LENGTH = 500;

    public VoucherCode {
        code = code == null ? null : code.strip();
        if (code == null || code.isEmpty()) throw new InvalidField("code", "code is required");
        if (code.length() > MAX_CODE_LENGTH) throw new InvalidField("code", "code must be at most " + MAX_CODE_LENGTH + " characters");
        pin = Text.optional("pin", pin, 200);
        redemptionUrl = Text.optional("redemptionUrl", redemptionUrl, 2000);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public VoucherCode(String code, String pin, String redemptionUrl, Instant expiresAt) {
        this(code, pin, redemptionUrl, expiresAt, Map.of());
    }

    /** The same checks, with errors naming {@code prefix.field} (e.g. {@code codes[0].code}). */
    public static VoucherCode of(String prefix, String code, String pin, String redemptionUrl, Instant expiresAt,
                                 Map<String, Object> metadata) {
        try {
            return new VoucherCode(code, pin, redemptionUrl, expiresAt, metadata);
        } catch (InvalidField e) {
            throw new InvalidField(prefix + "." + e.field(), prefix + "." + e.getMessage());
        }
    }

    /** Never the code itself: codes must not reach log lines. */
    @Override
    public String toString() {
        return "VoucherCode[****]";
    }
}
