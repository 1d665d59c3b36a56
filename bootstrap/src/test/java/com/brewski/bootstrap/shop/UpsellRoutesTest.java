package com.brewski.bootstrap.shop;

import com.brewski.application.testing.SampleImages;
import com.brewski.bootstrap.testing.TestServer.Download;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.shop.ShopClient.ok;
import static com.brewski.bootstrap.shop.ShopClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The upsell catalogue and its images on the whole server, stored in the filesystem store and read back over /files. */
class UpsellRoutesTest {
    private static TestServer server;
    private static ShopClient shop;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        shop = new ShopClient(server);
        admin = server.adminToken();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void an_upsell_is_created_with_defaults_a_slug_from_its_name_and_a_formatted_price() {
        String name = unique("S-Type Keg Coupler");
        JsonNode upsell = ok(server.post("/shop/upsells", admin, fields("name", name, "description", "Stainless S-type coupler.",
                "priceMinor", 12900, "currencySymbol", "£", "couplerType", "s", "displayOrder", 10)), 201).get("upsell");

        assertThat(upsell.get("slug").asText()).isEqualTo(name.toLowerCase().replace(' ', '-'));
        assertThat(upsell.get("price").asText()).isEqualTo("£129.00");
        assertThat(upsell.get("priceMinor").asLong()).isEqualTo(12900);
        assertThat(upsell.get("couplerType").asText()).isEqualTo("s");
        assertThat(upsell.get("isActive").asBoolean()).isTrue();
        assertThat(upsell.get("displayOrder").asInt()).isEqualTo(10);
        assertThat(upsell.get("images")).isEmpty();

        JsonNode bare = ok(server.post("/shop/upsells", admin, fields("name", unique("Bare"), "priceMinor", 129000)), 201).get("upsell");
        assertThat(bare.get("price").isNull()).isTrue(); // no symbol, no price
        assertThat(bare.get("displayOrder").asInt()).isZero();

        String id = upsell.get("id").asText();
        assertThat(ok(server.get("/shop/upsells/" + id, admin), 200).get("upsell").get("name").asText()).isEqualTo(name);
        JsonNode patched = ok(server.patch("/shop/upsells/" + id, admin, fields("priceMinor", 129000, "isActive", false)), 200).get("upsell");
        assertThat(patched.get("price").asText()).isEqualTo("£1,290.00");
        assertThat(patched.get("isActive").asBoolean()).isFalse();
        assertThat(patched.get("name").asText()).isEqualTo(name); // untouched fields stay
    }

    @Test
    void the_list_is_ordered_by_display_order_then_name_and_hides_inactive_ones_unless_asked() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ok(server.post("/shop/upsells", admin, fields("name", "B " + tag, "displayOrder", -5)), 201);
        ok(server.post("/shop/upsells", admin, fields("name", "A " + tag, "displayOrder", -5)), 201);
        ok(server.post("/shop/upsells", admin, fields("name", "C " + tag, "displayOrder", -6, "isActive", false)), 201);

        assertThat(names(server.get("/shop/upsells", admin), tag)).containsExactly("A " + tag, "B " + tag);
        assertThat(names(server.get("/shop/upsells?includeInactive=true", admin), tag)).containsExactly("C " + tag, "A " + tag, "B " + tag);
        assertThat(names(server.get("/public/upsells", null), tag)).containsExactly("A " + tag, "B " + tag);
        refused(server.get("/shop/upsells?includeInactive=maybe", admin), 400, "includeInactive must be true or false");
    }

    private static List<String> names(Response response, String tag) {
        List<String> names = new ArrayList<>();
        ok(response, 200).get("upsells").forEach(u -> {
            if (u.get("name").asText().endsWith(tag)) names.add(u.get("name").asText());
        });
        return names;
    }

    @Test
    void fields_are_validated_as_the_contract_says() {
        refused(server.post("/shop/upsells", admin, fields()), 400, "name is required");
        refused(server.post("/shop/upsells", admin, fields("name", "x".repeat(161))), 400, "name must be at most 160 characters");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "slug", "no spaces")), 400, null);
        refused(server.post("/shop/upsells", admin, fields("name", "n", "description", "d".repeat(5001))), 400,
                "description must be at most 5000 characters");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "priceMinor", -1)), 400, "priceMinor must be 0 or more");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "priceMinor", 1.5)), 400, null);
        refused(server.post("/shop/upsells", admin, fields("name", "n", "currencySymbol", "123456789")), 400,
                "currencySymbol must be at most 8 characters");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "couplerType", "x")), 400,
                "couplerType must be one of d, s, g, a, u, m, keykeg, grundy, other");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "isActive", "yes")), 400, "isActive must be a boolean");
        refused(server.post("/shop/upsells", admin, fields("name", "n", "displayOrder", "1")), 400, null);
        refused(server.patch("/shop/upsells/" + UUID.randomUUID(), admin, fields("name", "n")), 404, "Upsell not found");
        refused(server.delete("/shop/upsells/" + UUID.randomUUID(), admin), 404, "Upsell not found");
        refused(server.get("/shop/upsells/" + UUID.randomUUID(), admin), 404, "Upsell not found");

        String slug = "dup-" + UUID.randomUUID().toString().substring(0, 6);
        ok(server.post("/shop/upsells", admin, fields("name", "One", "slug", slug)), 201);
        Response duplicate = server.post("/shop/upsells", admin, fields("name", "Two", "slug", slug));
        refused(duplicate, 409, "slug is already taken");
        assertThat(duplicate.json().get("code").asText()).isEqualTo("UPSELL_SLUG_TAKEN");
        String other = ok(server.post("/shop/upsells", admin, fields("name", unique("Three"))), 201).get("upsell").get("id").asText();
        refused(server.patch("/shop/upsells/" + other, admin, fields("slug", slug)), 409, "slug is already taken");
    }

    @Test
    void an_upload_is_stored_as_a_500_main_image_and_a_100_icon_in_webp_read_back_through_files() throws IOException {
        String id = shop.upsell(admin, unique("Coupler"));
        byte[] jpegNamedPng = SampleImages.jpeg(900, 600); // declared and named as PNG: the bytes decide

        JsonNode upsell = ok(shop.uploadImage(id, admin, jpegNamedPng, false), 201).get("upsell");

        JsonNode image = upsell.get("images").get(0);
        assertThat(image.get("isDefault").asBoolean()).isTrue();
        String imageId = image.get("id").asText();
        assertThat(image.get("url").asText()).endsWith("/files/upsells/" + id + "/" + imageId + "-main.webp");
        assertThat(image.get("iconUrl").asText()).endsWith("/files/upsells/" + id + "/" + imageId + "-icon.webp");
        assertSquareWebp(shop.fetch(image.get("url").asText()), 500);
        assertSquareWebp(shop.fetch(image.get("iconUrl").asText()), 100);
        assertThat(server.dataDir().resolve("objects/upsells/" + id + "/" + imageId + "-main.webp")).exists();
    }

    @Test
    void the_orientation_is_applied_before_the_crop() throws IOException {
        String id = shop.upsell(admin, unique("Rotated"));
        byte[] rotated = SampleImages.withExifOrientation(SampleImages.jpeg(400, 400), 6);
        JsonNode image = ok(shop.uploadImage(id, admin, rotated, false), 201).get("upsell").get("images").get(0);
        BufferedImage main = ImageIO.read(new ByteArrayInputStream(shop.fetch(image.get("url").asText()).body()));
        assertThat(SampleImages.isBlue(main.getRGB(450, 50))).isTrue(); // the blue top-left quarter, turned to the top right
        assertThat(SampleImages.isBlue(main.getRGB(50, 50))).isFalse();
    }

    private static void assertSquareWebp(Download file, int side) throws IOException {
        assertThat(file.status()).isEqualTo(200);
        assertThat(new String(file.body(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(file.body()));
        assertThat(back.getWidth()).isEqualTo(side);
        assertThat(back.getHeight()).isEqualTo(side);
    }

    @Test
    void uploads_are_refused_when_missing_too_large_unsupported_or_a_pixel_flood() {
        String id = shop.upsell(admin, unique("Refusing"));
        refused(shop.upload("/shop/upsells/" + id + "/images", admin, null, null, null, null, Map.of("setDefault", "on")), 400,
                "image is required");
        refused(shop.upload("/shop/upsells/" + id + "/images", admin, "image", "notes.jpg", "image/jpeg",
                "just some text".getBytes(StandardCharsets.UTF_8), Map.of()), 415, "image must be a JPEG, PNG or WebP file");
        refused(shop.uploadImage(id, admin, new byte[5 * 1024 * 1024 + 1], false), 413, "image must be at most 5 MB");
        long decodes = server.images().statistics().decodes();
        refused(shop.uploadImage(id, admin, SampleImages.pixelFlood(16_000), false), 413, "image must be at most 40 megapixels");
        assertThat(server.images().statistics().decodes()).isEqualTo(decodes); // refused from the header: nothing decoded
        refused(shop.uploadImage(UUID.randomUUID().toString(), admin, SampleImages.png(10, 10), false), 404, "Upsell not found");
        assertThat(ok(server.get("/shop/upsells/" + id, admin), 200).get("upsell").get("images")).isEmpty();
    }

    @Test
    void exactly_one_default_moves_with_set_default_the_default_route_and_deletes() {
        String id = shop.upsell(admin, unique("Defaults"));
        String first = lastImage(ok(shop.uploadImage(id, admin, SampleImages.png(120, 120), false), 201));
        String second = lastImage(ok(shop.uploadImage(id, admin, SampleImages.png(120, 120), false), 201));
        assertThat(defaultOf(get(id))).isEqualTo(first);

        JsonNode third = ok(shop.uploadImage(id, admin, SampleImages.png(120, 120), true), 201);
        String thirdId = lastImage(third);
        assertThat(defaultOf(third.get("upsell"))).isEqualTo(thirdId);

        JsonNode moved = ok(server.patch("/shop/upsells/" + id + "/images/" + second + "/default", admin, null), 200).get("upsell");
        assertThat(defaultOf(moved)).isEqualTo(second);
        assertThat(count(moved)).isEqualTo(1);

        // the public list shows the default first
        JsonNode pub = null;
        for (JsonNode u : ok(server.get("/public/upsells", null), 200).get("upsells")) if (u.get("id").asText().equals(id)) pub = u;
        assertThat(pub.get("images").get(0).get("id").asText()).isEqualTo(second);

        String mainUrl = null;
        for (JsonNode i : moved.get("images")) if (i.get("id").asText().equals(second)) mainUrl = i.get("url").asText();
        JsonNode afterDelete = ok(server.delete("/shop/upsells/" + id + "/images/" + second, admin), 200).get("upsell");
        assertThat(defaultOf(afterDelete)).isEqualTo(first); // the first remaining image
        assertThat(afterDelete.get("images")).hasSize(2);
        assertThat(shop.fetch(mainUrl).status()).isEqualTo(404); // both objects gone

        refused(server.patch("/shop/upsells/" + id + "/images/" + second + "/default", admin, null), 404, "Upsell image not found");
        refused(server.delete("/shop/upsells/" + id + "/images/" + UUID.randomUUID(), admin), 404, "Upsell image not found");
        String otherUpsell = shop.upsell(admin, unique("Other"));
        refused(server.patch("/shop/upsells/" + otherUpsell + "/images/" + first + "/default", admin, null), 404, "Upsell image not found");
        refused(server.patch("/shop/upsells/" + UUID.randomUUID() + "/images/" + first + "/default", admin, null), 404, "Upsell not found");
    }

    @Test
    void deleting_an_upsell_removes_every_stored_image() {
        String id = shop.upsell(admin, unique("Doomed"));
        JsonNode upsell = ok(shop.uploadImage(id, admin, SampleImages.png(50, 50), false), 201).get("upsell");
        ok(shop.uploadImage(id, admin, SampleImages.png(50, 50), false), 201);
        String icon = upsell.get("images").get(0).get("iconUrl").asText();
        assertThat(shop.fetch(icon).status()).isEqualTo(200);

        assertThat(server.delete("/shop/upsells/" + id, admin).status()).isEqualTo(204);

        assertThat(shop.fetch(icon).status()).isEqualTo(404);
        assertThat(server.dataDir().resolve("objects/upsells/" + id)).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
        refused(server.get("/shop/upsells/" + id, admin), 404, "Upsell not found");
    }

    @Test
    void the_public_list_filters_by_coupler_type_and_answers_304_to_a_matching_etag() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ok(server.post("/shop/upsells", admin, fields("name", "Keykeg " + tag, "couplerType", "keykeg")), 201);
        ok(server.post("/shop/upsells", admin, fields("name", "Grundy " + tag, "couplerType", "grundy")), 201);
        Response filtered = server.get("/public/upsells?couplerType=keykeg", null);
        assertThat(names(filtered, tag)).containsExactly("Keykeg " + tag);
        refused(server.get("/public/upsells?couplerType=zz", null), 400, null);

        String etag = filtered.headers().firstValue("ETag").orElseThrow();
        assertThat(shop.get("/public/upsells?couplerType=keykeg", null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        assertThat(shop.get("/public/upsells?couplerType=grundy", null, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
    }

    private static JsonNode get(String id) {
        return ok(server.get("/shop/upsells/" + id, admin), 200).get("upsell");
    }

    private static String lastImage(JsonNode body) {
        JsonNode images = body.get("upsell").get("images");
        return images.get(images.size() - 1).get("id").asText();
    }

    private static String defaultOf(JsonNode upsell) {
        for (JsonNode i : upsell.get("images")) if (i.get("isDefault").asBoolean()) return i.get("id").asText();
        return null;
    }

    private static long count(JsonNode upsell) {
        long n = 0;
        for (JsonNode i : upsell.get("images")) if (i.get("isDefault").asBoolean()) n++;
        return n;
    }
}
