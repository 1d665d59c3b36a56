package com.brewski.adapters.http.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import com.brewski.application.identity.PasswordHasher;
import com.brewski.domain.identity.Password;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * bcrypt ($2b$) with the given cost. Passwords longer than bcrypt's 72 bytes are first reduced with
 * SHA-512 (rather than silently truncated), so every byte of a long password counts.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final int cost;
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifyer;

    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST)
            throw new IllegalArgumentException("bcrypt cost must be between " + BCrypt.MIN_COST + " and " + BCrypt.MAX_COST);
        LongPasswordStrategy longPasswords = LongPasswordStrategies.hashSha512(VERSION);
        this.cost = cost;
        this.hasher = BCrypt.with(VERSION, longPasswords);
        this.verifyer = BCrypt.verifyer(VERSION, longPasswords);
    }

    @Override
    public String hash(Password password) {
        byte[] raw = password.value().getBytes(StandardCharsets.UTF_8);
        try {
            return new String(hasher.hash(cost, raw), StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public boolean matches(Password password, String hash) {
        if (hash == null || hash.isEmpty()) return false;
        byte[] raw = password.value().getBytes(StandardCharsets.UTF_8);
        try {
            return verifyer.verify(raw, hash.getBytes(StandardCharsets.US_ASCII)).verified;
        } catch (RuntimeException malformedHash) {
            return false;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "BcryptPasswordHasher[cost=" + cost + "]";
    }
}
