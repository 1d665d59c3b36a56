package com.brewski.application.identity;

import com.brewski.application.catalogue.DefaultContainers;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.DefaultContainer;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading (members) and changing (owners and admins) a team's settings. */
public final class ManageSettings {
    private final Teams teams;
    private final DefaultContainers defaults;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public ManageSettings(Teams teams, DefaultContainers defaults, TeamAccess access, Transactions transactions, Clock clock) {
        this.teams = teams;
        this.defaults = defaults;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A team's settings with its default containers. */
    public record SettingsView(Team team, List<DefaultContainer> defaultContainers) {}

    public SettingsView get(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> new SettingsView(access.requireMember(caller, teamId), defaults.of(teamId)));
    }

    /** Changes the settings; {@code defaultContainers}, when given, must name the team's default containers. */
    public SettingsView update(Caller caller, TeamId teamId, SettingsChange change, Optional<List<DefaultContainer>> defaultContainers) {
        if (change.isEmpty() && defaultContainers.isEmpty()) throw new InvalidField("body", "at least one setting is required");
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Team team = teams.byIdForUpdate(teamId).orElseThrow(() -> new NotFound("Team not found"));
            if (!change.isEmpty()) {
                team.changeSettings(change, clock.instant());
                teams.update(team);
            }
            if (defaultContainers.isPresent()) {
                Set<UUID> known = defaults.of(teamId).stream().map(DefaultContainer::id).collect(Collectors.toSet());
                for (DefaultContainer choice : defaultContainers.get())
                    if (!known.contains(choice.id()))
                        throw new InvalidField("defaultContainers.id", "defaultContainers.id " + choice.id() + " is not a default container of this team");
                defaults.save(teamId, defaultContainers.get());
            }
            return new SettingsView(team, defaults.of(teamId));
        });
    }
}
