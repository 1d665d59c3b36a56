package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.identity.IdentityJson.TeamBody;
import com.brewski.adapters.http.identity.IdentityJson.TeamJson;
import com.brewski.application.identity.ManageTeamLogo;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.identity.TeamLogo;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.UnsupportedMedia;
import io.javalin.config.MultipartConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * A team's logo: {@code POST} a multipart form whose {@code image} field holds a JPEG, PNG or WebP
 * of at most 5 MB (owners and admins; 413 when larger, 415 when not such an image, decided from
 * its bytes), {@code GET} its bytes (members), {@code DELETE} it (owners and admins).
 */
public final class TeamLogoRoutes {
    static final String FIELD = "image";
    /** Room for the multipart boundaries and part headers around a file of the largest size. */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    private final ManageTeamLogo logos;
    private final ObjectStore objectStore;

    public TeamLogoRoutes(ManageTeamLogo logos, ObjectStore objectStore) {
        this.logos = logos;
        this.objectStore = objectStore;
    }

    /**
     * The server's multipart limits: a file of at most the largest logo, a form not much larger,
     * parsed in memory. JSON bodies keep their own, smaller limit.
     */
    public static void limitUploads(MultipartConfig multipart) {
        multipart.maxFileSize(TeamLogo.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(TeamLogo.MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        multipart.maxInMemoryFileSize((int) (TeamLogo.MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES), SizeUnit.BYTES);
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/teams/{teamId}/logo", this::upload);
        routes.get("/teams/{teamId}/logo", this::get);
        routes.delete("/teams/{teamId}/logo", this::remove);
    }

    private void upload(Context ctx) {
        var teamId = TeamRoutes.teamId(ctx);
        if (ctx.req().getContentLengthLong() > TeamLogo.MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw TeamLogo.tooLarge();
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
