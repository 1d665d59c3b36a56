package com.brewski.bootstrap.documents;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.documents.Paperwork.Brewery;
import com.brewski.bootstrap.documents.Paperwork.Download;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static com.brewski.bootstrap.documents.Paperwork.image;
import static com.brewski.bootstrap.documents.Paperwork.ok;
import static com.brewski.bootstrap.documents.Paperwork.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** POST, GET and DELETE /teams/:teamId/logo on the whole server, with filesystem storage. */
@ExtendWith(SharedServer.class)
class TeamLogoRoutesTest {
    private static final int FIVE_MB = 5 * 1024 * 1024;
    /** A 1×1 lossy WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private static TestServer server;
    private static Paperwork paperwork;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        paperwork = new Paperwork(server);
    }

    private static Response upload(Brewery brewery, String token, String filename, String declaredType, byte[] content) {
        return paperwork.upload("/teams/" + brewery.teamId() + "/logo", token, "image", filename, declaredType, content);
    }

    private static BufferedImage png(byte[] bytes) throws IOException {
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void an_owner_uploads_a_logo_that_the_team_payload_links_to_and_members_can_read() throws IOException {
        Brewery lantern = paperwork.brewery("Lantern Brewery");

        JsonNode team = ok(upload(lantern, lantern.token(), "logo.jpg", "image/jpeg", image(1200, 600, "jpeg")), 200).get("team");

        String logoUrl = team.get("logoUrl").asText();
        assertThat(logoUrl).contains("/files/logos/" + lantern.teamId() + "/").endsWith(".png");
        assertThat(ok(server.get("/teams/" + lantern.teamId(), lantern.token()), 200).get("team").get("logoUrl").asText())
                .isEqualTo(logoUrl);
        Download file = paperwork.fetch(logoUrl);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("image/png");
        BufferedImage stored = png(file.body());
        assertThat(stored.getWidth()).isEqualTo(600); // scaled down to fit 600 × 600
        assertThat(stored.getHeight()).isEqualTo(300);

        String member = paperwork.member(lantern, "member");
        Download viaRoute = paperwork.download("/teams/" + lantern.teamId() + "/logo", member);
        assertThat(viaRoute.status()).isEqualTo(200);
        assertThat(viaRoute.contentType()).startsWith("image/png");
        assertThat(viaRoute.body()).isEqualTo(file.body());
    }

    @Test
    void png_and_webp_are_accepted_and_a_new_logo_replaces_the_old_one() throws IOException {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        String first = ok(upload(lantern, lantern.token(), "logo.png", "image/png", image(100, 50, "png")), 200)
                .get("team").get("logoUrl").asText();

        String second = ok(upload(lantern, lantern.token(), "logo.webp", "image/webp", WEBP), 200)
                .get("team").get("logoUrl").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(paperwork.fetch(first).status()).isEqualTo(404);
        assertThat(png(paperwork.fetch(second).body()).getWidth()).isEqualTo(1);
    }

    @Test
    void the_type_is_decided_from_the_bytes_and_anything_else_is_415() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        refused(upload(lantern, lantern.token(), "logo.png", "image/png", "not an image at all".getBytes(StandardCharsets.UTF_8)),
                415, "image must be a JPEG, PNG or WebP file");
        refused(upload(lantern, lantern.token(), "logo.gif", "image/gif", image(20, 20, "gif")),
                415, "image must be a JPEG, PNG or WebP file");
        byte[] pngNamedJpeg = image(20, 20, "png");
        assertThat(upload(lantern, lantern.token(), "logo.jpg", "image/jpeg", pngNamedJpeg).status()).isEqualTo(200);
        Response json = server.post("/teams/" + lantern.teamId() + "/logo", lantern.token(), Map.of("image", "x"));
        assertThat(json.status()).as("%s", json).isEqualTo(415);
        refused(paperwork.upload("/teams/" + lantern.teamId() + "/logo", lantern.token(), "file", "logo.png", "image/png",
                image(20, 20, "png")), 400, "image is required");
    }

    @Test
    void five_megabytes_are_accepted_and_one_byte_more_is_413() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        byte[] exactly = Paperwork.pngOfSize(FIVE_MB);
        assertThat(exactly).hasSize(FIVE_MB);
        ok(upload(lantern, lantern.token(), "big.png", "image/png", exactly), 200);

        refused(upload(lantern, lantern.token(), "bigger.png", "image/png", Paperwork.pngOfSize(FIVE_MB + 1)),
                413, "image must be at most 5 MB");
        refused(upload(lantern, lantern.token(), "huge.png", "image/png", Paperwork.pngOfSize(FIVE_MB + 200_000)),
                413, "image must be at most 5 MB");
    }

    @Test
    void only_owners_and_admins_change_the_logo_and_only_members_read_it() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        String admin = paperwork.member(lantern, "admin");
        String member = paperwork.member(lantern, "member");
        Brewery other = paperwork.brewery("Other Brewery");
        byte[] logo = image(50, 50, "png");

        ok(upload(lantern, admin, "logo.png", "image/png", logo), 200);
        refused(upload(lantern, member, "logo.png", "image/png", logo), 403, "forbidden");
        refused(upload(lantern, other.token(), "logo.png", "image/png", logo), 403, "forbidden");
        refused(upload(lantern, null, "logo.png", "image/png", logo), 401, "unauthorized");
        assertThat(paperwork.download("/teams/" + lantern.teamId() + "/logo", other.token()).status()).isEqualTo(403);
        assertThat(paperwork.download("/teams/" + lantern.teamId() + "/logo", null).status()).isEqualTo(401);
        refused(server.delete("/teams/" + lantern.teamId() + "/logo", member), 403, "forbidden");
        refused(server.delete("/teams/" + lantern.teamId() + "/logo", other.token()), 403, "forbidden");
        assertThat(paperwork.download("/teams/00000000-0000-0000-0000-00000000abcd/logo", lantern.token()).status()).isEqualTo(404);
        assertThat(paperwork.download("/teams/" + lantern.teamId() + "/logo", member).status()).isEqualTo(200);
    }

    @Test
    void deleting_the_logo_clears_the_link_and_removes_the_file() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        assertThat(paperwork.download("/teams/" + lantern.teamId() + "/logo", lantern.token()).status()).isEqualTo(404);
        String url = ok(upload(lantern, lantern.token(), "logo.png", "image/png", image(80, 40, "png")), 200)
                .get("team").get("logoUrl").asText();

        JsonNode team = ok(server.delete("/teams/" + lantern.teamId() + "/logo", lantern.token()), 200).get("team");

        assertThat(team.get("logoUrl").isNull()).isTrue();
        assertThat(paperwork.fetch(url).status()).isEqualTo(404);
        Download gone = paperwork.download("/teams/" + lantern.teamId() + "/logo", lantern.token());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text()).contains("Logo not found");
        ok(server.delete("/teams/" + lantern.teamId() + "/logo", lantern.token()), 200);
    }
}
