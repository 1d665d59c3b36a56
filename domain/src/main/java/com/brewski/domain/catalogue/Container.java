package com.brewski.domain.catalogue;

import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A packaged format beer is sold in. Its deposit is the team's deposit for its type unless the
 * container sets its own ({@code depositMinor}).
 */
public record Container(UUID id, TeamId teamId, String name, ContainerType containerType, int volumeMl,
                        int defaultBbeMonths, boolean isDefault, boolean isReturnable, Long depositMinor,
                        Instant createdAt, Instant updatedAt) {
    public Container {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 100);
        Objects.requireNonNull(containerType);
        if (volumeMl < 1 || volumeMl > 10_000_000) throw new InvalidField("volumeMl", "volumeMl must be between 1 and 10000000");
        if (defaultBbeMonths < 0 || defaultBbeMonths > 1200)
            throw new InvalidField("defaultBbeMonths", "defaultBbeMonths must be between 0 and 1200");
        if (depositMinor != null && depositMinor < 0) throw new InvalidField("depositMinor", "depositMinor must be 0 or more");
        if (depositMinor != null && depositMinor > DepositSetting.MAX_AMOUNT_MINOR)
            throw new InvalidField("depositMinor", "depositMinor must be at most " + DepositSetting.MAX_AMOUNT_MINOR);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    /** The deposit charged per container of this kind. */
    public long effectiveDepositMinor(TeamSettings settings) {
        if (depositMinor != null) return depositMinor;
        return isReturnable ? settings.deposit(containerType).chargeMinor() : 0;
    }

    /** The four containers every new team starts with. */
    public static List<Container> defaults(TeamId teamId, Supplier<UUID> ids, Instant now) {
        return List.of(
                new Container(ids.get(), teamId, "30L Keg", ContainerType.KEG, 30_000, 6, true, true, null, now, now),
                new Container(ids.get(), teamId, "9 Gallon Cask", ContainerType.CASK, 40_914, 2, true, true, null, now, now),
                new Container(ids.get(), teamId, "440ml Can", ContainerType.CAN, 440, 12, true, false, null, now, now),
                new Container(ids.get(), teamId, "500ml Bottle", ContainerType.BOTTLE, 500, 12, true, false, null, now, now));
    }
}
