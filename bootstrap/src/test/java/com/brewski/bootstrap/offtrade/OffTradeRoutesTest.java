package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.offtrade.OffTrade.INTAKE;
import static com.brewski.bootstrap.offtrade.OffTrade.request;
import static com.brewski.bootstrap.offtrade.OffTrade.retryPath;
import static com.brewski.bootstrap.offtrade.OffTrade.settings;
import static com.brewski.bootstrap.offtrade.OffTrade.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Off-trade collection requests end to end: the whole server over real HTTP, PostgreSQL, and a real
 * SMTP server (GreenMail) the notification emails are read back from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffTradeRoutesTest {
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(SMTP_PORT),
                "SMTP_STARTTLS", "false", "MAIL_FROM", "Brewski <no-reply@brewski.example>",
                "OFFTRADE_RATE_LIMIT", "1000"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A team collecting in {@code districts}; answers [ownerToken, teamId]. */
    private String[] brewery(String name, String contactEmail, String... districts) {
        String owner = server.register(name + " owner");
        String teamId = server.createTeam(owner, name);
        settings(server, owner, teamId, contactEmail, districts);
        return new String[]{owner, teamId};
    }

    /** A district of its own for each test: the server's teams are shared by the whole class. */
    private static String area() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        return (letters + "ZZ").substring(0, 2);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@brewery.example";
    }

    private List<MimeMessage> mailTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) found.add(message);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private JsonNode listFor(String token, String teamId, String query) {
        TestServer.Response response = server.get("/offtrade/collection-requests?teamId=" + teamId + query, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode page, long id) {
        for (JsonNode r : page.path("results")) if (r.path("id").asLong() == id) return r;
        throw new AssertionError("request " + id + " not listed in " + page);
    }

    @Test
    void intake_emails_each_routed_team_once_and_the_retry_emails_again() throws Exception {
        String area = "BS";
        String contact = uniqueEmail("orders");
        String[] lantern = brewery("Lantern " + UUID.randomUUID(), contact, "BS1");
        String otherContact = uniqueEmail("sales");
        String[] harbour = brewery("Harbour " + UUID.randomUUID(), otherContact, area);
        String unrelated = uniqueEmail("bath");
        brewery("Bath " + UUID.randomUUID(), unrelated, "BA");

        TestServer.Response created = server.post(INTAKE, null, request("Corner Deli", "bs1 4dj"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("request").path("id").asLong();
        assertThat(id).isPositive();
        assertThat(created.json().path("request").path("status").asText()).isEqualTo("notified");

        List<MimeMessage> mails = mailTo(contact);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Collection request #" + id + " from Corner Deli (BS1)");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("#" + id, "Corner Deli", "Sam Buyer", "sam@cornerdeli.example", "BS1 4DJ", "BS1",
                "Two kegs of pale for Friday, please");
        assertThat(mailTo(otherContact)).hasSize(1);
        assertThat(mailTo(unrelated)).isEmpty();

        JsonNode listed = row(listFor(lantern[0], lantern[1], ""), id);
        assertThat(listed.path("businessName").asText()).isEqualTo("Corner Deli");
        assertThat(listed.path("contactName").asText()).isEqualTo("Sam Buyer");
        assertThat(listed.path("contactEmail").asText()).isEqualTo("sam@cornerdeli.example");
        assertThat(listed.path("postcode").asText()).isEqualTo("BS1 4DJ");
        assertThat(listed.path("district").asText()).isEqualTo("BS1");
        assertThat(listed.path("message").asText()).isEqualTo("Two kegs of pale for Friday, please");
        assertThat(listed.path("status").asText()).isEqualTo("notified");
        assertThat(listed.path("notifiedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(listed.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        List<String> notifiedTeams = new ArrayList<>();
        listed.path("notifiedTeams").forEach(n -> notifiedTeams.add(n.asText()));
        assertThat(notifiedTeams).hasSize(2).anyMatch(n -> n.startsWith("Lantern ")).anyMatch(n -> n.startsWith("Harbour "));

        Thread.sleep(5); // notifiedAt has millisecond precision on the wire
        TestServer.Response resent = server.post(retryPath(id), lantern[0], Map.of("teamId", lantern[1]));
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().path("status").asText()).isEqualTo("resent");
        assertThat(resent.json().path("notifiedAt").asText()).isGreaterThan(listed.path("notifiedAt").asText());
        assertThat(mailTo(contact)).hasSize(2);
        assertThat(row(listFor(lantern[0], lantern[1], ""), id).path("notifiedAt").asText())
                .isEqualTo(resent.json().path("notifiedAt").asText());

        JsonNode activity = server.get("/activity?teamId=" + lantern[1] + "&category=marketing", lantern[0]).json();
        List<String> types = new ArrayList<>();
        activity.path("results").forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsExactly("offtrade.notification.retry", "offtrade.notification");
        JsonNode harbourActivity = server.get("/activity?teamId=" + harbour[1] + "&category=marketing", harbour[0]).json();
        assertThat(harbourActivity.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void a_team_without_contact_email_stays_pending_and_its_retry_says_the_email_is_missing() {
        String area = area();
        String[] quiet = brewery("Quiet " + UUID.randomUUID(), null, area);
        long id = submit(server, request("Bottle Shop", area + "2 1AA"));

        JsonNode listed = row(listFor(quiet[0], quiet[1], "&status=pending"), id);
        assertThat(listed.path("status").asText()).isEqualTo("pending");
        assertThat(listed.path("notifiedAt").isNull()).isTrue();
        assertThat(listed.path("district").asText()).isEqualTo(area + "2");

        TestServer.Response missing = server.post(retryPath(id), quiet[0], Map.of("teamId", quiet[1]));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asText()).isEqualTo("OFFTRADE_CONTACT_EMAIL_MISSING");
        assertThat(missing.json().path("message").asText()).contains("offTradeContactEmail");

        String contact = uniqueEmail("quiet");
        settings(server, quiet[0], quiet[1], contact, area);
        TestServer.Response resent = server.post(retryPath(id), quiet[0], Map.of("teamId", quiet[1]));
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(mailTo(contact)).hasSize(1);
        assertThat(listFor(quiet[0], quiet[1], "&status=pending").path("total").asInt()).isZero();
        assertThat(row(listFor(quiet[0], quiet[1], "&status=notified"), id).path("status").asText()).isEqualTo("notified");
    }

    @Test
    void a_mail_failure_leaves_the_team_pending_until_a_retry_gets_through() {
        String area = area();
        String contact = uniqueEmail("flaky");
        String[] flaky = brewery("Flaky " + UUID.randomUUID(), contact, area);
        greenMail.stop();
        long id;
        try {
            TestServer.Response created = server.post(INTAKE, null, request("Late Deli", area + "1 1AA"));
            assertThat(created.status()).as("the request is kept whatever the mail server does").isEqualTo(201);
            assertThat(created.json().path("request").path("status").asText()).isEqualTo("pending");
            id = created.json().path("request").path("id").asLong();
            assertThat(row(listFor(flaky[0], flaky[1], ""), id).path("status").asText()).isEqualTo("pending");

            TestServer.Response failed = server.post(retryPath(id), flaky[0], Map.of("teamId", flaky[1]));
            assertThat(failed.status()).isEqualTo(502);
            assertThat(row(listFor(flaky[0], flaky[1], ""), id).path("status").asText()).isEqualTo("pending");
        } finally {
            greenMail.start();
        }
        TestServer.Response resent = server.post(retryPath(id), flaky[0], Map.of("teamId", flaky[1]));
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(mailTo(contact)).hasSize(1);
        assertThat(row(listFor(flaky[0], flaky[1], ""), id).path("status").asText()).isEqualTo("notified");
    }

    @Test
    void unknown_requests_and_requests_not_routed_to_the_team_are_not_found() {
        String area = area();
        String[] one = brewery("One " + UUID.randomUUID(), uniqueEmail("one"), area + "1");
        String[] two = brewery("Two " + UUID.randomUUID(), uniqueEmail("two"), area + "2");
        long id = submit(server, request("Corner Deli", area + "1 4DJ"));

        for (String path : List.of(retryPath(id + 1_000_000), retryPath(0), "/offtrade/collection-requests/abc/retry")) {
            TestServer.Response unknown = server.post(path, one[0], Map.of("teamId", one[1]));
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.json().path("code").asText()).isEqualTo("OFFTRADE_REQUEST_NOT_FOUND");
        }
        TestServer.Response notRouted = server.post(retryPath(id), two[0], Map.of("teamId", two[1]));
        assertThat(notRouted.status()).isEqualTo(404);
        assertThat(notRouted.json().path("code").asText()).isEqualTo("OFFTRADE_REQUEST_NOT_FOUND");
        assertThat(listFor(two[0], two[1], "").path("total").asInt()).isZero();
    }

    @Test
    void members_list_owners_and_admins_resend_and_platform_staff_do_both_for_any_team() {
        String area = area();
        String[] team = brewery("Roles " + UUID.randomUUID(), uniqueEmail("roles"), area);
        long id = submit(server, request("Corner Deli", area + "1 4DJ"));
        String member = server.register("Member");
        String memberEmail = server.get("/me", member).json().path("user").path("email").asText();
        assertThat(server.post("/teams/" + team[1] + "/members", team[0], Map.of("email", memberEmail, "role", "member")).status())
                .isEqualTo(201);
        String stranger = server.register("Stranger");
        String admin = server.adminToken();

        assertThat(server.get("/offtrade/collection-requests?teamId=" + team[1], member).status()).isEqualTo(200);
        assertThat(server.post(retryPath(id), member, Map.of("teamId", team[1])).status()).isEqualTo(403);
        assertThat(server.get("/offtrade/collection-requests?teamId=" + team[1], stranger).status()).isEqualTo(403);
        assertThat(server.post(retryPath(id), stranger, Map.of("teamId", team[1])).status()).isEqualTo(403);
        assertThat(server.get("/offtrade/collection-requests?teamId=" + team[1], null).status()).isEqualTo(401);
        assertThat(server.post(retryPath(id), null, Map.of("teamId", team[1])).status()).isEqualTo(401);
        assertThat(row(listFor(admin, team[1], ""), id).path("status").asText()).isEqualTo("notified");
        assertThat(server.post(retryPath(id), admin, Map.of("teamId", team[1])).status()).isEqualTo(200);
        assertThat(server.get("/offtrade/collection-requests?teamId=" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void lists_filter_by_status_and_district_sort_and_page() {
        String area = area();
        String[] team = brewery("Lists " + UUID.randomUUID(), null, area);
        long first = submit(server, request("First", area + "1 1AA"));
        long second = submit(server, request("Second", area + "2 1AA"));
        long third = submit(server, request("Third", area + "1 2BB"));

        JsonNode all = listFor(team[0], team[1], "");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("page").asInt()).isEqualTo(1);
        assertThat(all.path("pageSize").asInt()).isEqualTo(25);
        assertThat(all.path("pages").asInt()).isEqualTo(1);
        assertThat(all.path("sort").asText()).isEqualTo("createdAt");
        assertThat(all.path("direction").asText()).isEqualTo("desc");
        assertThat(ids(all)).containsExactly(third, second, first);
        assertThat(ids(listFor(team[0], team[1], "&district=" + area.toLowerCase() + "1"))).containsExactly(third, first);
        assertThat(ids(listFor(team[0], team[1], "&sort=createdAt&direction=asc&page=2&pageSize=2"))).containsExactly(third);
        assertThat(listFor(team[0], team[1], "&status=notified").path("total").asInt()).isZero();
        assertThat(ids(listFor(team[0], team[1], "&status=pending&sort=notifiedAt"))).hasSize(3);

        for (String[] bad : new String[][]{{"&status=sent", "status"}, {"&district=12", "district"}, {"&sort=name", "sort"},
                {"&direction=up", "direction"}, {"&pageSize=500", "pageSize"}}) {
            TestServer.Response response = server.get("/offtrade/collection-requests?teamId=" + team[1] + bad[0], team[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.json().path("message").asText()).as(bad[0]).startsWith(bad[1]);
        }
        TestServer.Response noTeam = server.get("/offtrade/collection-requests", team[0]);
        assertThat(noTeam.status()).isEqualTo(400);
        assertThat(noTeam.json().path("message").asText()).isEqualTo("teamId is required");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("results").forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }

    @Test
    void intake_validates_each_field_naming_it() {
        assertRefused("postcode", "BS1", "postcode must be a UK postcode such as BS1 4DJ");
        assertRefused("postcode", null, "postcode is required");
        assertRefused("message", "a".repeat(2001), "message must be at most 2000 characters");
        assertRefused("message", null, "message is required");
        assertRefused("businessName", " ", "businessName is required");
        assertRefused("contactName", null, "contactName is required");
        assertRefused("contactEmail", "not an email", "contactEmail must be a valid email address");
        assertRefused("contactEmail", null, "contactEmail is required");
        assertRefused("contactPhone", "call me", "contactPhone must be a phone number");
        assertRefused("district", "BS1 4DJ", "district must be an outward code such as BS1 or a postcode area such as BS");

        Map<String, Object> ok = request("Max Deli", "BS1 4DJ");
        ok.put("message", "a".repeat(2000));
        ok.put("district", "bs");
        ok.remove("contactPhone");
        assertThat(server.post(INTAKE, null, ok).status()).isEqualTo(201);
        TestServer.Response malformed = server.post(INTAKE, null, "{\"businessName\": ");
        assertThat(malformed.status()).isEqualTo(400);
    }

    private void assertRefused(String field, String value, String message) {
        Map<String, Object> body = request("Corner Deli", "BS1 4DJ");
        body.put(field, value);
        TestServer.Response response = server.post(INTAKE, null, body);
        assertThat(response.status()).as(field + "=" + value).isEqualTo(400);
        assertThat(response.json().path("message").asText()).isEqualTo(message);
    }

    @Test
    void settings_carry_the_off_trade_districts_normalised_and_validated() {
        String owner = server.register("Settings owner");
        String teamId = server.createTeam(owner, "Settings " + UUID.randomUUID());
        assertThat(server.get("/settings?teamId=" + teamId, owner).json().path("offTradeDistricts").size()).isZero();
        TestServer.Response saved = server.put("/settings", owner, Map.of("teamId", teamId, "offTradeDistricts", List.of("bs1", " BA ", "BS1")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("offTradeDistricts").toString()).isEqualTo("[\"BS1\",\"BA\"]");
        assertThat(server.get("/settings?teamId=" + teamId, owner).json().path("offTradeDistricts").toString()).isEqualTo("[\"BS1\",\"BA\"]");

        TestServer.Response bad = server.put("/settings", owner, Map.of("teamId", teamId, "offTradeDistricts", List.of("BS1", "nowhere")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).startsWith("offTradeDistricts[1] must be");
        TestServer.Response notList = server.put("/settings", owner, Map.of("teamId", teamId, "offTradeDistricts", "BS1"));
        assertThat(notList.status()).isEqualTo(400);
        assertThat(notList.json().path("message").asText()).isEqualTo("offTradeDistricts must be an array of strings");
        TestServer.Response cleared = server.put("/settings", owner, Map.of("teamId", teamId, "offTradeDistricts", List.of()));
        assertThat(cleared.json().path("offTradeDistricts").size()).isZero();
    }
}
