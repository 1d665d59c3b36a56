package com.brewski.bootstrap.trade;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.trade.Brewery.assertInvalid;
import static com.brewski.bootstrap.trade.Brewery.assertStatus;
import static com.brewski.bootstrap.trade.Brewery.body;
import static com.brewski.bootstrap.trade.Brewery.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Trade clients and their delivery sites over real HTTP on the whole server. */
@ExtendWith(SharedServer.class)
class ClientRoutesTest {
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void an_owner_adds_a_client_whose_contact_details_are_normalised() {
        Brewery brewery = Brewery.open(server, "Normal");

        Response created = server.post("/clients", brewery.owner(), body("teamId", brewery.teamId(), "name", " The Crown ",
                "contactEmail", " Landlord@Crown.Example ", "contactPhone", "+44 (0)117 496-0000",
                "address", body("line1", "1 King St", "town", "Bristol", "postcode", "bs14dj", "country", "UK"),
                "awrsNumber", " xaw00  0001 2345 ", "notes", "Cellar door at the back"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode client = created.json().get("client");
        assertThat(client.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(client.get("name").asText()).isEqualTo("The Crown");
        assertThat(client.get("contactEmail").asText()).isEqualTo("landlord@crown.example");
        assertThat(client.get("contactPhone").asText()).isEqualTo("+4401174960000");
        assertThat(client.get("awrsNumber").asText()).isEqualTo("XAW00 0001 2345");
        assertThat(client.get("address").get("line1").asText()).isEqualTo("1 King St");
        assertThat(client.get("address").get("line2").isNull()).isTrue();
        assertThat(client.get("address").get("town").asText()).isEqualTo("Bristol");
        assertThat(client.get("address").get("postcode").asText()).isEqualTo("BS1 4DJ");
        assertThat(client.get("address").get("country").asText()).isEqualTo("UK");
        assertThat(client.get("billingAddress").isNull()).isTrue();
        assertThat(client.get("pricebookId").asText()).isEqualTo(brewery.defaultPricebook());
        assertThat(client.get("notes").asText()).isEqualTo("Cellar door at the back");
        assertThat(client.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(client.get("updatedAt").asText()).matches(TIMESTAMP);

        Response read = server.get("/clients/" + client.get("id").asText(), brewery.owner());
        assertThat(read.status()).isEqualTo(200);
        JsonNode full = read.json().get("client");
        assertThat(full.get("name").asText()).isEqualTo("The Crown");
        assertThat(full.get("contactEmail").asText()).isEqualTo("landlord@crown.example");
        assertThat(full.get("address").get("postcode").asText()).isEqualTo("BS1 4DJ");
        assertThat(full.get("deliverySites").isArray()).isTrue();
        assertThat(full.get("deliverySites").isEmpty()).isTrue();
        JsonNode summary = full.get("deposits").get("summary");
        assertThat(summary.get("balanceMinor").asLong()).isZero();
        assertThat(summary.get("creditMinor").asLong()).isZero();
        assertThat(summary.get("liabilityMinor").asLong()).isZero();

        Response bare = server.post("/clients", brewery.owner(), body("teamId", brewery.teamId(), "name", "Bare"));
        assertThat(bare.status()).isEqualTo(201);
        JsonNode minimal = bare.json().get("client");
        assertThat(minimal.get("contactEmail").isNull()).isTrue();
        assertThat(minimal.get("contactPhone").isNull()).isTrue();
        assertThat(minimal.get("awrsNumber").isNull()).isTrue();
        assertThat(minimal.get("address").get("postcode").isNull()).isTrue();

        assertStatus(server.get("/clients/" + MISSING, brewery.owner()), 404, "Client not found");
        assertStatus(server.get("/clients/abc", brewery.owner()), 404, "Client not found");
    }

    @Test
    void a_patch_changes_only_the_fields_given_and_null_clears() {
        Brewery brewery = Brewery.open(server, "Patcher");
        String wholesale = server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Wholesale"))
                .json().get("pricebook").get("id").asText();
        String id = server.post("/clients", brewery.owner(), body("teamId", brewery.teamId(), "name", "The Lamb",
                "contactEmail", "lamb@pub.example", "contactPhone", "0117 496 0001", "awrsNumber", "XAW00000012345",
                "address", body("line1", "2 Quay", "postcode", "BS1 4DJ"), "notes", "Old notes"))
                .json().get("client").get("id").asText();

        Response notes = server.patch("/clients/" + id, brewery.owner(), body("notes", "New notes"));
        assertThat(notes.status()).as("%s", notes).isEqualTo(200);
        JsonNode client = notes.json().get("client");
        assertThat(client.get("notes").asText()).isEqualTo("New notes");
        assertThat(client.get("name").asText()).isEqualTo("The Lamb");
        assertThat(client.get("contactEmail").asText()).isEqualTo("lamb@pub.example");
        assertThat(client.get("contactPhone").asText()).isEqualTo("01174960001");
        assertThat(client.get("awrsNumber").asText()).isEqualTo("XAW00000012345");
        assertThat(client.get("address").get("line1").asText()).isEqualTo("2 Quay");

        Response moved = server.patch("/clients/" + id, brewery.owner(), body("pricebookId", wholesale,
                "billingAddress", body("line1", "Accounts", "postcode", "sw1a1aa"), "contactEmail", "ACCOUNTS@Pub.Example"));
        assertThat(moved.json().get("client").get("pricebookId").asText()).isEqualTo(wholesale);
        assertThat(moved.json().get("client").get("billingAddress").get("postcode").asText()).isEqualTo("SW1A 1AA");
        assertThat(moved.json().get("client").get("contactEmail").asText()).isEqualTo("accounts@pub.example");

        Response cleared = server.patch("/clients/" + id, brewery.owner(), body("contactEmail", null, "contactPhone", null,
                "awrsNumber", null, "billingAddress", null, "notes", null, "pricebookId", null, "address", null));
        assertThat(cleared.status()).as("%s", cleared).isEqualTo(200);
        JsonNode after = cleared.json().get("client");
        assertThat(after.get("contactEmail").isNull()).isTrue();
        assertThat(after.get("contactPhone").isNull()).isTrue();
        assertThat(after.get("awrsNumber").isNull()).isTrue();
        assertThat(after.get("billingAddress").isNull()).isTrue();
        assertThat(after.get("notes").isNull()).isTrue();
        assertThat(after.get("address").get("line1").isNull()).isTrue();
        assertThat(after.get("pricebookId").asText()).isEqualTo(brewery.defaultPricebook());
        assertThat(after.get("name").asText()).isEqualTo("The Lamb");

        assertThat(server.get("/clients/" + id, brewery.owner()).json().get("client").get("contactEmail").isNull()).isTrue();
        assertInvalid(server.patch("/clients/" + id, brewery.owner(), body("name", null)), "name");
        String foreignBook = Brewery.open(server, "Foreign Books").defaultPricebook();
        assertStatus(server.patch("/clients/" + id, brewery.owner(), body("pricebookId", foreignBook)), 400, "pricebookId: Pricebook not found");
        assertStatus(server.patch("/clients/" + MISSING, brewery.owner(), body("notes", "x")), 404, "Client not found");
    }

    @Test
    void a_bad_client_field_is_a_400_naming_it() {
        Brewery brewery = Brewery.open(server, "Strict Clients");
        String team = brewery.teamId();

        assertInvalid(post(brewery, body("teamId", team)), "name");
        assertInvalid(post(brewery, body("teamId", team, "name", "  ")), "name");
        assertInvalid(post(brewery, body("teamId", team, "name", null)), "name");
        assertInvalid(post(brewery, body("name", "No Team")), "teamId");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "contactEmail", "not-an-email")), "contactEmail");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "contactEmail", 12)), "contactEmail");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "contactPhone", "call me")), "contactPhone");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "contactPhone", "123")), "contactPhone");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "awrsNumber", "XAW_0001")), "awrsNumber");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "awrsNumber", "X".repeat(33))), "awrsNumber");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "address", "1 King St")), "address");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "address", body("line1", 7))), "address.line1");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "address", body("postcode", "P".repeat(17)))),
                "address.postcode");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "billingAddress", body("town", "T".repeat(101)))),
                "billingAddress.town");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "pricebookId", "default")), "pricebookId");
        assertStatus(post(brewery, body("teamId", team, "name", "A", "pricebookId", MISSING)), 400, "pricebookId: Pricebook not found");
        assertInvalid(post(brewery, body("teamId", team, "name", "A", "notes", "n".repeat(5001))), "notes");
    }

    @Test
    void email_and_awrs_are_unique_within_a_team_but_not_across_teams() {
        Brewery brewery = Brewery.open(server, "Unique");
        Brewery other = Brewery.open(server, "Elsewhere");
        assertThat(post(brewery, body("teamId", brewery.teamId(), "name", "First", "contactEmail", "orders@pub.example",
                "awrsNumber", "XAW00000099999")).status()).isEqualTo(201);

        Response sameEmail = post(brewery, body("teamId", brewery.teamId(), "name", "Second", "contactEmail", "ORDERS@pub.example"));
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(Brewery.message(sameEmail)).contains("contactEmail");
        Response sameAwrs = post(brewery, body("teamId", brewery.teamId(), "name", "Third", "awrsNumber", "xaw00000099999"));
        assertThat(sameAwrs.status()).isEqualTo(409);
        assertThat(Brewery.message(sameAwrs)).contains("awrsNumber");

        assertThat(server.post("/clients", other.owner(), body("teamId", other.teamId(), "name", "First Elsewhere",
                "contactEmail", "orders@pub.example", "awrsNumber", "XAW00000099999")).status()).isEqualTo(201);

        String second = post(brewery, body("teamId", brewery.teamId(), "name", "Second", "contactEmail", "other@pub.example"))
                .json().get("client").get("id").asText();
        assertThat(server.patch("/clients/" + second, brewery.owner(), body("contactEmail", "orders@pub.example")).status())
                .isEqualTo(409);
        assertThat(server.patch("/clients/" + second, brewery.owner(), body("awrsNumber", "XAW00000099999")).status())
                .isEqualTo(409);
        assertThat(server.get("/clients/" + second, brewery.owner()).json().get("client").get("contactEmail").asText())
                .isEqualTo("other@pub.example");
    }

    @Test
    void the_list_filters_sorts_and_pages_clients() {
        Brewery brewery = Brewery.open(server, "Lister");
        for (String name : List.of("bravo Inn", "Alpha Arms", "Charlie's Bar")) post(brewery, body("teamId", brewery.teamId(), "name", name));
        String list = "/clients?teamId=" + brewery.teamId();

        Response all = server.get(list, brewery.owner());
        assertThat(all.status()).isEqualTo(200);
        JsonNode page = all.json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(25);
        assertThat(page.get("pages").asInt()).isEqualTo(1);
        assertThat(page.get("sort").asText()).isEqualTo("name");
        assertThat(page.get("direction").asText()).isEqualTo("asc");
        assertThat(texts(page.get("results"), "name")).containsExactly("Alpha Arms", "bravo Inn", "Charlie's Bar");
        JsonNode row = page.get("results").get(0);
        assertThat(row.get("orderCount").asLong()).isZero();
        assertThat(row.get("lastOrderedAt").isNull()).isTrue();
        assertThat(row.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(row.get("address").isObject()).isTrue();
        assertThat(row.get("pricebookId").asText()).isEqualTo(brewery.defaultPricebook());

        assertThat(texts(server.get(list + "&direction=desc", brewery.owner()).json().get("results"), "name"))
                .containsExactly("Charlie's Bar", "bravo Inn", "Alpha Arms");
        assertThat(server.get(list + "&filter=never", brewery.owner()).json().get("total").asInt()).isEqualTo(3);
        assertThat(server.get(list + "&filter=recent", brewery.owner()).json().get("total").asInt()).isZero();
        assertThat(server.get(list + "&filter=recent&recentDays=365", brewery.owner()).json().get("total").asInt()).isZero();
        assertThat(server.get(list + "&filter=once", brewery.owner()).json().get("total").asInt()).isZero();
        Response byLastOrder = server.get(list + "&sort=lastOrderedAt&direction=desc", brewery.owner());
        assertThat(byLastOrder.status()).isEqualTo(200);
        assertThat(byLastOrder.json().get("sort").asText()).isEqualTo("lastOrderedAt");
        assertThat(byLastOrder.json().get("results")).hasSize(3);
        JsonNode second = server.get(list + "&pageSize=2&page=2", brewery.owner()).json();
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(texts(second.get("results"), "name")).containsExactly("Charlie's Bar");

        assertInvalid(server.get(list + "&filter=sometimes", brewery.owner()), "filter");
        assertInvalid(server.get(list + "&recentDays=0", brewery.owner()), "recentDays");
        assertInvalid(server.get(list + "&recentDays=366", brewery.owner()), "recentDays");
        assertInvalid(server.get(list + "&recentDays=week", brewery.owner()), "recentDays");
        assertInvalid(server.get(list + "&sort=email", brewery.owner()), "sort");
        assertInvalid(server.get(list + "&direction=down", brewery.owner()), "direction");
        assertInvalid(server.get(list + "&pageSize=201", brewery.owner()), "pageSize");
        assertInvalid(server.get("/clients", brewery.owner()), "teamId");
    }

    @Test
    void search_finds_a_teams_clients_by_name() {
        Brewery brewery = Brewery.open(server, "Searcher");
        Brewery other = Brewery.open(server, "Hidden");
        for (String name : List.of("The Ship", "Shipwright Arms", "Dockside")) post(brewery, body("teamId", brewery.teamId(), "name", name));
        server.post("/clients", other.owner(), body("teamId", other.teamId(), "name", "Ship Inn Elsewhere"));
        String search = "/clients/search?teamId=" + brewery.teamId();

        Response found = server.get(search + "&query=ship", brewery.owner());
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        JsonNode results = found.json().get("results");
        assertThat(texts(results, "name")).containsExactlyInAnyOrder("The Ship", "Shipwright Arms");
        List<String> keys = new ArrayList<>();
        results.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "name");
        assertThat(server.get(search + "&query=ship&limit=1", brewery.owner()).json().get("results")).hasSize(1);
        assertThat(server.get(search + "&query=zz", brewery.owner()).json().get("results").isEmpty()).isTrue();

        assertInvalid(server.get(search + "&query=s", brewery.owner()), "query");
        assertInvalid(server.get(search, brewery.owner()), "query");
        assertInvalid(server.get(search + "&query=ship&limit=26", brewery.owner()), "limit");
        assertInvalid(server.get(search + "&query=ship&limit=0", brewery.owner()), "limit");
        assertInvalid(server.get(search + "&query=ship&limit=many", brewery.owner()), "limit");
        assertInvalid(server.get("/clients/search?query=ship", brewery.owner()), "teamId");
        assertThat(server.get("/clients/search?teamId=" + brewery.teamId() + "&query=ship", other.owner()).status()).isEqualTo(403);
    }

    @Test
    void an_owner_manages_a_clients_delivery_sites() {
        Brewery brewery = Brewery.open(server, "Deliverer");
        String client = post(brewery, body("teamId", brewery.teamId(), "name", "The Bell")).json().get("client").get("id").asText();
        String sites = "/clients/" + client + "/delivery-sites";

        Response added = server.post(sites, brewery.owner(), body("name", "Cellar Door",
                "address", body("line1", "Back Lane", "postcode", "bs1 4dj"), "notes", "Ring twice"));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        JsonNode site = added.json().get("deliverySite");
        String siteId = site.get("id").asText();
        assertThat(site.get("clientId").asText()).isEqualTo(client);
        assertThat(site.get("name").asText()).isEqualTo("Cellar Door");
        assertThat(site.get("address").get("postcode").asText()).isEqualTo("BS1 4DJ");
        assertThat(site.get("notes").asText()).isEqualTo("Ring twice");
        assertThat(site.get("createdAt").asText()).matches(TIMESTAMP);

        JsonNode listed = server.get("/clients/" + client, brewery.owner()).json().get("client").get("deliverySites");
        assertThat(texts(listed, "id")).containsExactly(siteId);

        Response changed = server.patch(sites + "/" + siteId, brewery.owner(), body("name", "Front Door", "notes", null));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("deliverySite").get("name").asText()).isEqualTo("Front Door");
        assertThat(changed.json().get("deliverySite").get("notes").isNull()).isTrue();
        assertThat(changed.json().get("deliverySite").get("address").get("line1").asText()).isEqualTo("Back Lane");

        assertInvalid(server.post(sites, brewery.owner(), body("notes", "no name")), "name");
        assertInvalid(server.patch(sites + "/" + siteId, brewery.owner(), body("name", " ")), "name");
        assertInvalid(server.post(sites, brewery.owner(), body("name", "X", "address", body("county", false))), "address.county");

        String otherClient = post(brewery, body("teamId", brewery.teamId(), "name", "The Swan")).json().get("client").get("id").asText();
        assertStatus(server.patch("/clients/" + otherClient + "/delivery-sites/" + siteId, brewery.owner(), body("name", "X")),
                404, "Delivery site not found");
        assertStatus(server.delete("/clients/" + otherClient + "/delivery-sites/" + siteId, brewery.owner()),
                404, "Delivery site not found");

        assertThat(server.delete(sites + "/" + siteId, brewery.owner()).status()).isEqualTo(204);
        assertThat(server.get("/clients/" + client, brewery.owner()).json().get("client").get("deliverySites").isEmpty()).isTrue();
        assertStatus(server.delete(sites + "/" + siteId, brewery.owner()), 404, "Delivery site not found");
        assertStatus(server.delete(sites + "/nope", brewery.owner()), 404, "Delivery site not found");
        assertStatus(server.post("/clients/" + MISSING + "/delivery-sites", brewery.owner(), body("name", "X")), 404, "Client not found");
    }

    @Test
    void a_plain_member_reads_clients_but_cannot_change_them() {
        Brewery brewery = Brewery.open(server, "Client Roles");
        String member = brewery.user("Client Member", "member");
        String client = post(brewery, body("teamId", brewery.teamId(), "name", "The Oak")).json().get("client").get("id").asText();
        String site = server.post("/clients/" + client + "/delivery-sites", brewery.owner(), body("name", "Yard"))
                .json().get("deliverySite").get("id").asText();

        assertThat(server.get("/clients?teamId=" + brewery.teamId(), member).status()).isEqualTo(200);
        assertThat(server.get("/clients/search?teamId=" + brewery.teamId() + "&query=oak", member).status()).isEqualTo(200);
        assertThat(server.get("/clients/" + client, member).status()).isEqualTo(200);
        for (Response write : writes(member, brewery.teamId(), client, site)) assertThat(write.status()).as("%s", write).isEqualTo(403);
    }

    @Test
    void a_member_of_another_team_can_neither_read_nor_change_the_clients() {
        Brewery a = Brewery.open(server, "Client Tenant A");
        Brewery b = Brewery.open(server, "Client Tenant B");
        String client = post(a, body("teamId", a.teamId(), "name", "The Elm")).json().get("client").get("id").asText();
        String site = server.post("/clients/" + client + "/delivery-sites", a.owner(), body("name", "Gate"))
                .json().get("deliverySite").get("id").asText();

        assertThat(server.get("/clients?teamId=" + a.teamId(), b.owner()).status()).isEqualTo(403);
        assertThat(server.get("/clients/search?teamId=" + a.teamId() + "&query=elm", b.owner()).status()).isEqualTo(403);
        assertThat(server.get("/clients/" + client, b.owner()).status()).isEqualTo(403);
        for (Response write : writes(b.owner(), a.teamId(), client, site)) assertThat(write.status()).as("%s", write).isEqualTo(403);
        assertThat(server.get("/clients?teamId=" + MISSING, b.owner()).status()).isEqualTo(404);

        JsonNode unchanged = server.get("/clients/" + client, a.owner()).json().get("client");
        assertThat(unchanged.get("name").asText()).isEqualTo("The Elm");
        assertThat(texts(unchanged.get("deliverySites"), "name")).containsExactly("Gate");
        assertThat(server.get("/clients?teamId=" + a.teamId(), a.owner()).json().get("total").asInt()).isEqualTo(1);
    }

    private static List<Response> writes(String token, String team, String client, String site) {
        String sites = "/clients/" + client + "/delivery-sites";
        return List.of(
                server.post("/clients", token, body("teamId", team, "name", "Mine")),
                server.patch("/clients/" + client, token, body("name", "Mine")),
                server.post(sites, token, body("name", "Mine")),
                server.patch(sites + "/" + site, token, body("name", "Mine")),
                server.delete(sites + "/" + site, token));
    }

    private static Response post(Brewery brewery, Map<String, Object> body) {
        return server.post("/clients", brewery.owner(), body);
    }
}
