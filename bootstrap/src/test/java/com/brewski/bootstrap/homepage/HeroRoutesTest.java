package com.brewski.bootstrap.homepage;

import com.brewski.application.testing.SampleImages;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.brewski.bootstrap.homepage.HomepageClient.fields;
import static com.brewski.bootstrap.homepage.HomepageClient.ok;
import static com.brewski.bootstrap.homepage.HomepageClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hero carousel routes and GET /public/hero on the whole server. Each test starts from an empty
 * carousel on a server of its own where positions matter; the stored JPEG is read back byte by byte.
 */
class HeroRoutesTest {
    private static final String BASE = "/shop/homepage-hero";
    private static TestServer server;
    private static HomepageClient client;
    private static String admin;
    private static String brewer;
    private static final byte[] SMALL = SampleImages.jpeg(400, 300);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = new HomepageClient(server);
        admin = server.adminToken();
        brewer = server.register("Hero brewer");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, String> slide(String title) {
        return fields("category", "Marketplace highlight", "title", title, "message", "Fresh releases, direct from the source.");
    }

    private static JsonNode create(String title) {
        return ok(client.form("POST", BASE, admin, slide(title), SMALL), 201).get("hero");
    }

    private static List<String> titles(JsonNode heroes) {
        List<String> titles = new ArrayList<>();
        heroes.forEach(h -> titles.add(h.get("title").asText()));
        return titles;
    }

    private static void deleteAll() {
        for (JsonNode h : ok(server.get(BASE, admin), 200).get("heroes")) ok(server.delete(BASE + "/" + h.get("id").asText(), admin), 200);
    }

    /** Whether the JPEG holds a progressive (SOF2) frame header, an APP1 Exif segment. */
    private static boolean hasMarker(byte[] jpeg, int marker, String app1Signature) {
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) return false;
            int m = jpeg[at + 1] & 0xFF;
            if (m == 0xD9 || m == 0xDA) return false;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (m == marker) {
                if (app1Signature == null) return true;
                String sig = new String(jpeg, at + 4, Math.min(app1Signature.length(), jpeg.length - at - 4), StandardCharsets.ISO_8859_1);
                if (sig.equals(app1Signature)) return true;
            }
            at += 2 + length;
        }
        return false;
    }

    private static List<Path> storedImages() {
        try (Stream<Path> files = Files.walk(server.dataDir())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.toString().contains("objects"))
                    .filter(p -> p.toString().contains("platform"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_rotated_photo_becomes_an_upright_progressive_jpeg_770_high_without_exif_and_the_original_is_not_kept() throws IOException {
        deleteAll();
        // 4000 × 3000 pixels stored sideways: orientation 6 turns it into a 3000 × 4000 portrait
        byte[] photo = SampleImages.withExifOrientation(SampleImages.jpeg(4000, 3000), 6);
        Map<String, String> form = slide("Portrait");
        form.putAll(fields("showButton", "true", "buttonText", "Browse beers", "buttonLink", "/shop", "theme", "light",
                "displaySeconds", "12"));

        JsonNode hero = ok(client.form("POST", BASE, admin, form, photo), 201).get("hero");

        assertThat(hero.get("imageKey").asText()).matches("platform/hero-\\d{13}\\.jpg");
        assertThat(hero.get("imageUrl").asText()).endsWith("/" + hero.get("imageKey").asText());
        assertThat(hero.get("imageHeight").asInt()).isEqualTo(770);
        assertThat(hero.get("imageWidth").asInt()).isEqualTo(578);
        assertThat(hero.get("position").asInt()).isZero();
        assertThat(hero.get("showButton").asBoolean()).isTrue();
        assertThat(hero.get("buttonText").asText()).isEqualTo("Browse beers");
        assertThat(hero.get("buttonLink").asText()).isEqualTo("/shop");
        assertThat(hero.get("theme").asText()).isEqualTo("light");
        assertThat(hero.get("displaySeconds").asInt()).isEqualTo(12);
        assertThat(hero.get("category").asText()).isEqualTo("Marketplace highlight");
        assertThat(hero.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        com.brewski.bootstrap.testing.TestServer.Download stored = client.fetch(hero.get("imageUrl").asText());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).startsWith("image/jpeg");
        byte[] jpeg = stored.body();
        assertThat(hasMarker(jpeg, 0xC2, null)).as("progressive (SOF2)").isTrue();
        assertThat(hasMarker(jpeg, 0xC0, null)).as("no baseline frame").isFalse();
        assertThat(hasMarker(jpeg, 0xE1, "Exif")).as("no EXIF kept").isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image.getHeight()).isEqualTo(770);
        assertThat(image.getWidth()).as("portrait").isEqualTo(578);
        // the picture's blue quarter was top-left as stored; turned 90° clockwise it is top-right
        assertThat(SampleImages.isBlue(image.getRGB(image.getWidth() - 20, 20))).isTrue();
        assertThat(SampleImages.isBlue(image.getRGB(20, 20))).isFalse();
        assertThat(storedImages()).as("only the converted JPEG is stored").singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo(hero.get("imageKey").asText().substring("platform/".length())));
    }

    @Test
    void small_images_are_never_upscaled_and_defaults_apply() {
        JsonNode hero = ok(client.form("POST", BASE, admin, slide("Small"), SampleImages.png(300, 200)), 201).get("hero");
        assertThat(hero.get("imageWidth").asInt()).isEqualTo(300);
        assertThat(hero.get("imageHeight").asInt()).isEqualTo(200);
        assertThat(hero.get("displaySeconds").asInt()).isEqualTo(8);
        assertThat(hero.get("theme").asText()).isEqualTo("dark");
        assertThat(hero.get("showButton").asBoolean()).isFalse();
        assertThat(hero.get("buttonText").isNull()).isTrue();
    }

    @Test
    void invalid_fields_are_400_naming_the_field_and_links_must_be_http_or_a_path() {
        refused(client.form("POST", BASE, admin, fields("title", "t", "message", "m"), SMALL), 400, "category is required");
        refused(client.form("POST", BASE, admin, fields("category", "c", "message", "m"), SMALL), 400, "title is required");
        refused(client.form("POST", BASE, admin, fields("category", "c", "title", "t"), SMALL), 400, "message is required");
        refused(client.form("POST", BASE, admin, slide("No image"), null), 400, "image is required");
        Map<String, String> longCategory = slide("x");
        longCategory.put("category", "c".repeat(161));
        refused(client.form("POST", BASE, admin, longCategory, SMALL), 400, "category must be at most 160 characters");
        Map<String, String> longTitle = slide("t".repeat(201));
        refused(client.form("POST", BASE, admin, longTitle, SMALL), 400, "title must be at most 200 characters");
        Map<String, String> noText = slide("x");
        noText.putAll(fields("showButton", "true", "buttonLink", "/shop"));
        refused(client.form("POST", BASE, admin, noText, SMALL), 400, "buttonText is required");
        Map<String, String> noLink = slide("x");
        noLink.putAll(fields("showButton", "true", "buttonText", "Go"));
        refused(client.form("POST", BASE, admin, noLink, SMALL), 400, "buttonLink is required when showButton is true");
        for (String bad : List.of("javascript:alert(1)", "//evil.example/x", "ftp://brewski.example", "shop")) {
            Map<String, String> link = slide("x");
            link.putAll(fields("showButton", "true", "buttonText", "Go", "buttonLink", bad));
            refused(client.form("POST", BASE, admin, link, SMALL), 400, "buttonLink must be an http(s):// URL or a path starting with /");
        }
        Map<String, String> tooLongLink = slide("x");
        tooLongLink.putAll(fields("showButton", "true", "buttonText", "Go", "buttonLink", "/" + "a".repeat(2048)));
        refused(client.form("POST", BASE, admin, tooLongLink, SMALL), 400, "buttonLink must be at most 2048 characters");
        for (String seconds : List.of("2", "121", "eight")) {
            Map<String, String> timing = slide("x");
            timing.put("displaySeconds", seconds);
            assertThat(client.form("POST", BASE, admin, timing, SMALL).status()).as(seconds).isEqualTo(400);
        }
        Map<String, String> theme = slide("x");
        theme.put("theme", "blue");
        refused(client.form("POST", BASE, admin, theme, SMALL), 400, "theme must be one of dark, light");
        Map<String, String> https = slide("Https link");
        https.putAll(fields("showButton", "true", "buttonText", "Go", "buttonLink", "https://brewski.example/beers"));
        assertThat(ok(client.form("POST", BASE, admin, https, SMALL), 201).get("hero").get("buttonLink").asText())
                .isEqualTo("https://brewski.example/beers");
    }

    @Test
    void images_over_8_mb_are_413_other_types_415_and_pixel_floods_413() {
        byte[] nine = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy(SMALL, 0, nine, 0, SMALL.length);
        refused(client.form("POST", BASE, admin, slide("Big"), nine), 413, "image must be at most 8 MB");
        refused(client.form("POST", BASE, admin, slide("Gif"), SampleImages.encode(SampleImages.picture(20, 20), "gif")),
                415, "image must be a JPEG, PNG or WebP file");
        assertThat(client.form("POST", BASE, admin, slide("Flood"), SampleImages.pixelFlood(16000)).status()).isEqualTo(413);
    }

    @Test
    void reorder_swaps_neighbours_the_ends_are_no_ops_and_delete_compacts_positions() {
        deleteAll();
        String a = create("A").get("id").asText();
        String b = create("B").get("id").asText();
        String c = create("C").get("id").asText();
        JsonNode d = create("D");
        assertThat(d.get("position").asInt()).isEqualTo(3);

        assertThat(titles(ok(server.post(BASE + "/" + c + "/reorder", admin, Map.of("direction", "up")), 200).get("heroes")))
                .containsExactly("A", "C", "B", "D");
        assertThat(titles(ok(server.post(BASE + "/" + a + "/reorder", admin, Map.of("direction", "down")), 200).get("heroes")))
                .containsExactly("C", "A", "B", "D");
        assertThat(titles(ok(server.post(BASE + "/" + c + "/reorder", admin, Map.of("direction", "up")), 200).get("heroes")))
                .as("the first up stays").containsExactly("C", "A", "B", "D");
        assertThat(titles(ok(server.post(BASE + "/" + d.get("id").asText() + "/reorder", admin, Map.of("direction", "down")), 200)
                .get("heroes"))).as("the last down stays").containsExactly("C", "A", "B", "D");
        refused(server.post(BASE + "/" + a + "/reorder", admin, Map.of("direction", "sideways")), 400, "direction must be one of up, down");
        refused(server.post(BASE + "/" + a + "/reorder", admin, Map.of()), 400, "direction is required");
        refused(server.post(BASE + "/" + UUID.randomUUID() + "/reorder", admin, Map.of("direction", "up")), 404, "Hero not found");

        JsonNode afterDelete = ok(server.delete(BASE + "/" + a, admin), 200).get("heroes");
        assertThat(titles(afterDelete)).containsExactly("C", "B", "D");
        List<Integer> positions = new ArrayList<>();
        afterDelete.forEach(h -> positions.add(h.get("position").asInt()));
        assertThat(positions).containsExactly(0, 1, 2);
        assertThat(afterDelete.get(0).get("displaySeconds").asInt()).isEqualTo(8);
        refused(server.delete(BASE + "/" + a, admin), 404, "Hero not found");
        assertThat(titles(ok(server.get(BASE, admin), 200).get("heroes"))).containsExactly("C", "B", "D");
        assertThat(b).isNotBlank();
    }

    @Test
    void a_patch_changes_the_given_fields_and_a_new_image_replaces_the_old_object() {
        JsonNode hero = create("Before");
        String id = hero.get("id").asText();

        JsonNode patched = ok(client.form("PATCH", BASE + "/" + id, admin, fields("title", "After", "showButton", "true",
                "buttonText", "Shop now", "buttonLink", "https://brewski.example"), SampleImages.jpeg(1600, 1000)), 200).get("hero");

        assertThat(patched.get("title").asText()).isEqualTo("After");
        assertThat(patched.get("message").asText()).isEqualTo(hero.get("message").asText());
        assertThat(patched.get("buttonLink").asText()).isEqualTo("https://brewski.example");
        assertThat(patched.get("imageHeight").asInt()).isEqualTo(770);
        assertThat(patched.get("imageWidth").asInt()).isEqualTo(1232);
        assertThat(patched.get("imageKey").asText()).isNotEqualTo(hero.get("imageKey").asText());
        assertThat(client.fetch(hero.get("imageUrl").asText()).status()).as("the old image is deleted").isEqualTo(404);
        assertThat(client.fetch(patched.get("imageUrl").asText()).status()).isEqualTo(200);

        JsonNode kept = ok(client.form("PATCH", BASE + "/" + id, admin, fields("displaySeconds", "30"), null), 200).get("hero");
        assertThat(kept.get("imageKey").asText()).as("no image: the artwork stays").isEqualTo(patched.get("imageKey").asText());
        assertThat(kept.get("displaySeconds").asInt()).isEqualTo(30);
        refused(client.form("PATCH", BASE + "/" + id, admin, fields("buttonLink", "javascript:void(0)"), null), 400,
                "buttonLink must be an http(s):// URL or a path starting with /");
        refused(client.form("PATCH", BASE + "/" + id, admin, fields("showButton", "true", "buttonText", ""), null), 400,
                "buttonText is required");
        refused(client.form("PATCH", BASE + "/" + UUID.randomUUID(), admin, fields("title", "x"), null), 404, "Hero not found");
        refused(client.form("PATCH", BASE + "/" + id, admin, fields(), "GIF89a".getBytes(StandardCharsets.US_ASCII)), 415, null);
    }

    @Test
    void the_storefront_reads_the_carousel_in_order_with_a_public_cache() {
        deleteAll();
        create("One");
        create("Two");
        Response response = server.get("/public/hero", null);
        JsonNode heroes = ok(response, 200).get("heroes");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(titles(heroes)).containsExactly("One", "Two");
        assertThat(heroes.get(0).has("imageUrl")).isTrue();
        assertThat(heroes.get(0).has("imageKey")).isFalse();
    }

    @Test
    void every_platform_route_is_401_without_a_token_and_403_for_a_brewery_user() {
        String id = create("Guarded").get("id").asText();
        Map<String, Response> anonymous = new HashMap<>();
        Map<String, Response> brewery = new HashMap<>();
        for (String token : new String[]{null, brewer}) {
            Map<String, Response> into = token == null ? anonymous : brewery;
            into.put("GET", server.get(BASE, token));
            into.put("POST", client.form("POST", BASE, token, slide("x"), SMALL));
            into.put("PATCH", client.form("PATCH", BASE + "/" + id, token, fields("title", "x"), null));
            into.put("POST reorder", server.post(BASE + "/" + id + "/reorder", token, Map.of("direction", "up")));
            into.put("DELETE", server.delete(BASE + "/" + id, token));
        }
        anonymous.forEach((route, r) -> assertThat(r.status()).as("%s %s", route, r).isEqualTo(401));
        brewery.forEach((route, r) -> assertThat(r.status()).as("%s %s", route, r).isEqualTo(403));
    }
}
