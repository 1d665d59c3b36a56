package com.brewski.application.identity;

import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamLogo;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Unavailable;

import java.time.Clock;
import java.util.Optional;

/**
 * A team's logo: uploaded and removed by owners and admins, read by members; printed on invoices and
 * delivery notes and shown as the team's {@code logoUrl}. Each upload is stored under a new key
 * before the team row points at it (a storage failure is a 502 and changes nothing; a rollback after
 * it deletes the new object again); the replaced object is deleted once the change has committed,
 * and a failure there only leaves an unreferenced object behind (the storage adapter logs it).
 */
public final class ManageTeamLogo {
    private final Teams teams;
    private final TeamAccess access;
    private final ObjectStore objects;
    private final Images images;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageTeamLogo(Teams teams, TeamAccess access, ObjectStore objects, Images images,
                          Transactions transactions, Clock clock, Ids ids) {
        this.teams = teams;
        this.access = access;
        this.objects = objects;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The stored logo: its bytes and content type. */
    public record Logo(byte[] content, String contentType) {}

    public Team upload(Caller caller, TeamId teamId, byte[] upload) {
        transactions.run(() -> access.requireManager(caller, teamId)); // before any work on the bytes
        TeamLogo.checkUpload(upload.length);
        Images.Png png = images.toPng(upload, TeamLogo.MAX_SIDE);
        String key = TeamLogo.keyFor(teamId, ids.newId());
        Replaced replaced = transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Team team = teams.byIdForUpdate(teamId).orElseThrow(ManageTeamLogo::teamNotFound);
            objects.put(key, png.content(), TeamLogo.STORED_TYPE.contentType());
            transactions.afterRollback(() -> deleteQuietly(key));
            Optional<String> previous = team.logoKey();
            team.changeLogo(key, clock.instant());
            teams.update(team);
            return new Replaced(team, previous);
        });
        replaced.previousKey().ifPresent(this::deleteQuietly);
        return replaced.team();
    }

    public Logo get(Caller caller, TeamId teamId) {
        Team team = transactions.inTransaction(() -> access.requireMember(caller, teamId));
        return team.logoKey()
                .flatMap(objects::get)
                .map(o -> new Logo(o.content(), o.contentType()))
                .orElseThrow(() -> new NotFound("Logo not found"));
    }

    /** Removes the logo; removing a logo that is not there changes nothing. */
    public Team remove(Caller caller, TeamId teamId) {
        Replaced replaced = transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Team team = teams.byIdForUpdate(teamId).orElseThrow(ManageTeamLogo::teamNotFound);
            Optional<String> previous = team.logoKey();
            if (previous.isPresent()) {
                team.changeLogo(null, clock.instant());
                teams.update(team);
            }
            return new Replaced(team, previous);
        });
        replaced.previousKey().ifPresent(this::deleteQuietly);
        return replaced.team();
    }

    private record Replaced(Team team, Optional<String> previousKey) {}

    private void deleteQuietly(String key) {
        try {
            objects.delete(key);
        } catch (Unavailable e) {
            // an unreferenced object stays behind; the store has logged why
        }
    }

    private static NotFound teamNotFound() {
        return new NotFound("Team not found");
    }
}
