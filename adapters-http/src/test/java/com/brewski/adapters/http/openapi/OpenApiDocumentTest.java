package com.brewski.adapters.http.openapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiDocumentTest {
    private static final String BASE = """
            openapi: 3.1.0
            info: {title: Test, version: '1'}
            components:
              schemas:
                Error: {type: object}
            """;

    @TempDir
    Path dir;

    @Test
    void merges_the_paths_and_components_of_every_fragment_into_the_base() throws IOException {
        write("base.yaml", BASE);
        write("a.yaml", """
                paths:
                  /things:
                    get: {responses: {'200': {description: OK}}}
                components:
                  schemas:
                    AThing: {type: object}
                """);
        write("b.yaml", """
                paths:
                  /things:
                    post: {responses: {'201': {description: Created}}}
                  /things/{id}:
                    get: {responses: {'200': {description: OK}}}
                components:
                  schemas:
                    BThing: {type: object}
                """);

        OpenApiDocument document = OpenApiDocument.fromDirectory(dir);

        assertThat(document.operations()).containsExactly("GET /things", "GET /things/{id}", "POST /things");
        assertThat(document.tree().path("components").path("schemas").fieldNames())
                .toIterable().containsExactly("Error", "AThing", "BThing");
        assertThat(new String(document.json())).startsWith("{\"openapi\":\"3.1.0\"");
    }

    @Test
    void the_same_operation_in_two_fragments_fails_naming_both() throws IOException {
        write("base.yaml", BASE);
        write("a.yaml", "paths:\n  /things:\n    get: {responses: {'200': {description: OK}}}\n");
        write("b.yaml", "paths:\n  /things:\n    get: {responses: {'200': {description: OK}}}\n");

        assertThatThrownBy(() -> OpenApiDocument.fromDirectory(dir))
                .hasMessage("GET /things is declared in both a.yaml and b.yaml");
    }

    @Test
    void a_schema_declared_twice_fails_also_against_the_base() throws IOException {
        write("base.yaml", BASE);
        write("a.yaml", "components:\n  schemas:\n    Error: {type: string}\n");

        assertThatThrownBy(() -> OpenApiDocument.fromDirectory(dir))
                .hasMessage("components.schemas.Error is declared in both base.yaml and a.yaml");
    }

    @Test
    void a_duplicate_key_inside_one_file_fails() throws IOException {
        write("base.yaml", BASE);
        write("a.yaml", "paths:\n  /things:\n    get: {responses: {'200': {description: OK}}}\n  /things:\n    post: {}\n");

        assertThatThrownBy(() -> OpenApiDocument.fromDirectory(dir))
                .hasMessageStartingWith("a.yaml: Duplicate field '/things'");
    }

    @Test
    void a_fragment_holds_only_paths_and_components() throws IOException {
        write("base.yaml", BASE);
        write("a.yaml", "info: {title: Other, version: '2'}\n");

        assertThatThrownBy(() -> OpenApiDocument.fromDirectory(dir))
                .hasMessage("a.yaml: a fragment holds only paths and components, not info");
    }

    @Test
    void the_fragments_on_the_classpath_assemble() {
        OpenApiDocument document = OpenApiDocument.fromClasspath();

        assertThat(document.operations()).contains("POST /auth/login", "GET /orders/{orderId}", "GET /files/{key}",
                "GET /openapi.json", "GET /metrics", "GET /health/ready");
        assertThat(document.tree().path("components").path("securitySchemes").has("bearerAuth")).isTrue();
    }

    @Test
    void javalin_wildcards_are_written_as_openapi_parameters() {
        assertThat(OpenApiDocument.openApiPath("/files/<key>")).isEqualTo("/files/{key}");
        assertThat(OpenApiDocument.openApiPath("/orders/{orderId}")).isEqualTo("/orders/{orderId}");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
