package com.brewski.bootstrap.system;

import com.brewski.adapters.http.openapi.OpenApiDocument;
import com.brewski.adapters.http.support.Route;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description served at {@code GET /openapi.json} by the whole server: a valid OpenAPI 3.1
 * document (swagger-parser reports nothing), and exactly the server's routes: every route of the
 * route table is documented, and every documented operation is a route the server answers.
 */
class OpenApiCoverageTest {
    private static TestServer server;
    private static Response served;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        served = server.get("/openapi.json", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_document_is_public_json() {
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(served.json().get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void swagger_parser_reads_the_document_without_a_single_message() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);

        assertThat(result.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
        assertThat(api.getPaths()).containsKey("/orders/{orderId}");
    }

    @Test
    void every_route_of_the_route_table_is_documented_and_every_documented_operation_is_in_the_table() {
        Set<String> documented = documented();
        Set<String> table = server.routes().stream()
                .map(OpenApiCoverageTest::operation).collect(Collectors.toCollection(TreeSet::new));

        assertThat(table).as("route table").isNotEmpty().contains("GET /openapi.json", "GET /metrics", "GET /health/ready");
        assertThat(table).as("routes of the route table missing from the OpenAPI document").isSubsetOf(documented);
        assertThat(documented).as("documented operations that are not in the route table").isSubsetOf(table);
        System.out.printf("OpenAPI: %d documented operations, %d routes in the route table%n", documented.size(), table.size());
    }

    /** The table is what the server answers: Javalin serves no route outside it, and every route of it. */
    @Test
    void the_server_serves_exactly_the_route_table() {
        Set<String> served = new TreeSet<>(server.brewski().http().registeredRoutes());
        Set<String> table = server.routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).isEqualTo(table);
    }

    @Test
    void protected_operations_declare_their_errors_and_public_ones_declare_no_security() {
        var api = new OpenAPIV3Parser().readContents(served.body(), null, new ParseOptions()).getOpenAPI();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method + " " + path;
            boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            if (!isPublic) assertThat(operation.getResponses()).as(key).containsKey("401");
            assertThat(operation.getResponses().keySet()).as(key + " success").anyMatch(status -> status.startsWith("2"));
            // a path naming something by its id can miss it; a slot number ({position}) is a 400 when out of range
            if (path.matches(".*\\{(id|[a-zA-Z]+Id|key)}.*")) assertThat(operation.getResponses()).as(key).containsKey("404");
        }));
    }

    /** The operations of the served document, as {@code METHOD /path}. */
    private static Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        new OpenAPIV3Parser().readContents(served.body(), null, new ParseOptions()).getOpenAPI().getPaths()
                .forEach((path, item) -> item.readOperationsMap().keySet().forEach(method -> operations.add(method + " " + path)));
        return operations;
    }

    private static String operation(Route route) {
        return route.method().name() + " " + OpenApiDocument.openApiPath(route.path());
    }
}
