package com.brewski.domain.deposits;

/** The running deposit ledger of a team and client: positive = liability, negative = credit. */
public record DepositBalance(long balanceMinor) {
    public static final DepositBalance ZERO = new DepositBalance(0);

    public long creditMinor() {
        return Math.max(0, -balanceMinor);
    }

    public long liabilityMinor() {
        return Math.max(0, balanceMinor);
    }
}
