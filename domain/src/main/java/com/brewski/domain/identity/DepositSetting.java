package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

/** Whether a container type carries a deposit, and how much (minor units, null when unset). */
public record DepositSetting(boolean enabled, Long amountMinor) {
    public static final DepositSetting OFF = new DepositSetting(false, null);
    /** The largest deposit per container, here and as a container's own {@code depositMinor}. */
    public static final long MAX_AMOUNT_MINOR = 100_000_000L;

    public DepositSetting {
        if (amountMinor != null && amountMinor < 0)
            throw new InvalidField("deposits", "deposit amountMinor must be 0 or more");
        if (amountMinor != null && amountMinor > MAX_AMOUNT_MINOR)
            throw new InvalidField("deposits", "deposit amountMinor is too large");
    }

    /** The deposit charged per container, 0 when disabled or unset. */
    public long chargeMinor() {
        return enabled && amountMinor != null ? amountMinor : 0L;
    }
}
