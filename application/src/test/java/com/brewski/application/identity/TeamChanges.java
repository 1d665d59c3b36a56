package com.brewski.application.identity;

import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.shared.Patch;

import java.util.Map;

/** Settings changes for tests. */
final class TeamChanges {
    private TeamChanges() {}

    static SettingsChange none() {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    static SettingsChange currency(String symbol) {
        return new SettingsChange(Patch.absent(), Patch.set(symbol), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(), Patch.absent(), Patch.absent(), Patch.absent());
    }
}
