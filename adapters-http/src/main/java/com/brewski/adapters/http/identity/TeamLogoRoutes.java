package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.identity.IdentityJson.TeamBody;
import com.brewski.adapters.http.identity.IdentityJson.TeamJson;
import com.brewski.application.identity.ManageTeamLogo;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.identity.TeamLogo;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.UnsupportedMedia;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * A team's logo: {@code POST} a multipart form whose {@code image} field holds a JPEG, PNG or WebP
 * of at most 5 MB (owners and admins; 413 when larger, 415 when not such an image, decided from
 * its bytes), {@code GET} its bytes (members), {@code DELETE} it (owners and admins).
 */
public final class TeamLogoRoutes implements RouteGroup {
    static final String FIELD = "image";

    private final ManageTeamLogo logos;
    private final ObjectStore objectStore;

    public TeamLogoRoutes(ManageTeamLogo logos, ObjectStore objectStore) {
        this.logos = logos;
        this.objectStore = objectStore;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/teams/{teamId}/logo", Access.TEAM_MANAGER, this::upload).uploads(TeamLogo.MAX_UPLOAD_BYTES).returns(TeamBody.class),
                Route.get("/teams/{teamId}/logo", Access.TEAM_MEMBER, this::get),
                Route.delete("/teams/{teamId}/logo", Access.TEAM_MANAGER, this::remove).returns(TeamBody.class));
    }

    private void upload(Context ctx) {
        var teamId = TeamRoutes.teamId(ctx);
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))
            throw new UnsupportedMedia("Content-Type must be multipart/form-data with the image in the field 'image'");
        UploadedFile file = uploadedFile(ctx);
        if (file == null) throw new InvalidField(FIELD, FIELD + " is required");
        TeamLogo.checkUpload(file.size());
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.json(new TeamBody(TeamJson.of(logos.upload(caller(ctx), teamId, bytes), objectStore)));
    }

    private void get(Context ctx) {
        ManageTeamLogo.Logo logo = logos.get(caller(ctx), TeamRoutes.teamId(ctx));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=60");
        ctx.contentType(logo.contentType()).result(logo.content());
    }

    private void remove(Context ctx) {
        ctx.json(new TeamBody(TeamJson.of(logos.remove(caller(ctx), TeamRoutes.teamId(ctx)), objectStore)));
    }

    /**
     * The form's image, or null; a form over the limits is a 413 and a form that does not parse a 400.
     * (Jetty reports both as a ServletException, which reaches Java code undeclared.)
     */
    private static UploadedFile uploadedFile(Context ctx) {
        try {
            return ctx.uploadedFile(FIELD);
        } catch (Exception e) {
            if (mentionsSize(e)) throw TeamLogo.tooLarge();
            throw new InvalidField(FIELD, "the multipart form could not be read");
        }
    }

    private static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("size") || message.contains("too large") || message.contains("exceed")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
