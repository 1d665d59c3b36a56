package com.brewski.adapters.http.system;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileRoutesTest {
    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_stored_object_is_served_without_a_token_with_its_content_type() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, (byte) 0xff};
        api.objects.put("logos/abc/logo.png", png, "image/png");

        ApiResponse response = api.get("/files/logos/abc/logo.png", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("image/png");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.bytes()).isEqualTo(png);
    }

    @Test
    void only_the_public_prefixes_are_served_and_documents_and_other_keys_do_not_exist() {
        byte[] bytes = "image bytes".getBytes(StandardCharsets.US_ASCII);
        for (String key : new String[] {"logos/t1/v1.png", "upsells/u1.png", "promotions/p1-1.png", "platform/hero-1.jpg"}) {
            api.objects.put(key, bytes, "image/png");
            assertThat(api.get("/files/" + key, null).status()).as(key).isEqualTo(200);
        }
        byte[] pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);
        for (String key : new String[] {"documents/orders/t1/o1/invoice.pdf", "documents/invoice-1.pdf", "teams/abc/logo.png",
                "platform/secret.png", "logosx/a.png", "upsell/a.png"}) {
            api.objects.put(key, pdf, "application/pdf");
            ApiResponse response = api.get("/files/" + key, null);
            assertThat(response.status()).as(key).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"message\":\"File not found\"}");
        }
    }

    @Test
    void a_missing_object_answers_404_json() {
        ApiResponse response = api.get("/files/logos/abc/missing.png", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"File not found\"}");
    }

    @Test
    void keys_that_climb_out_of_the_store_do_not_exist() {
        api.objects.put("../secret", "x".getBytes(StandardCharsets.US_ASCII), "text/plain");

        assertThat(api.get("/files/..%2Fsecret", null).status()).isEqualTo(404);
        assertThat(FileRoutes.isSafe("../secret")).isFalse();
        assertThat(FileRoutes.isSafe("a/../b")).isFalse();
        assertThat(FileRoutes.isSafe("a//b")).isFalse();
        assertThat(FileRoutes.isSafe("/a")).isFalse();
        assertThat(FileRoutes.isSafe("teams/abc/logo-1.webp")).isTrue();
    }
}
