package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.offtrade.OffTrade.request;
import static com.brewski.bootstrap.offtrade.OffTrade.settings;
import static com.brewski.bootstrap.offtrade.OffTrade.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The admin page clicked through in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) against the real server: sign in, switch team, filter, Resend, the row
 * changes in place; an error is shown as a sentence; the page fits 360 px. Screenshots go to
 * {@code target/}. Without Chromium the test is skipped, unless {@code BREWSKI_REQUIRE_BROWSER=1}
 * (set by {@code .ci/run}), which makes a missing or broken browser a failure.
 */
class CollectionRequestsPageTest {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final boolean REQUIRED = "1".equals(System.getenv("BREWSKI_REQUIRE_BROWSER"));
    private static final String HOW_TO_INSTALL =
            "Chromium is not available: install it with `sudo apt-get install chromium chromium-driver` "
                    + "(or set CHROMIUM_BINARY and CHROMEDRIVER) to run the admin page test";

    private TestServer server;
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if (REQUIRED) fail(HOW_TO_INSTALL + " (BREWSKI_REQUIRE_BROWSER=1)");
            assumeTrue(false, HOW_TO_INSTALL);
        }
        profile = Files.createTempDirectory("brewski-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            if (REQUIRED) throw new AssertionError("Chromium did not start (BREWSKI_REQUIRE_BROWSER=1)", e);
            assumeTrue(false, "Chromium did not start (" + e.getMessage().lines().findFirst().orElse("") + "): " + HOW_TO_INSTALL);
        }
        server = TestServer.start(Map.of("OFFTRADE_RATE_LIMIT", "100"));
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private WebDriverWait await() {
        // the table is re-rendered on every load: a row read while it is replaced is simply read again
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private WebElement row(long id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-id='" + id + "']")));
    }

    private List<String> listedIds() {
        return browser.findElements(By.cssSelector("#requests tbody tr")).stream().map(r -> r.getAttribute("data-id")).toList();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void an_owner_signs_in_switches_team_filters_and_resends_a_request() throws IOException {
        // Alpha Brewery is the user's first team and has no contact email; Beta Brewery has one,
        // set after its first request came in (so that request is still pending).
        String token = server.register("Page owner");
        String email = server.get("/me", token).json().path("user").path("email").asText();
        String alpha = server.createTeam(token, "Alpha Brewery");
        String beta = server.createTeam(token, "Beta Brewery");
        settings(server, token, alpha, null, "BS");
        settings(server, token, beta, null, "BS1", "BS2");
        long pending = submit(server, request("Corner Deli", "BS1 4DJ"));
        settings(server, token, beta, "orders@beta.example", "BS1", "BS2");
        long notified = submit(server, request("Bottle Shop", "BS2 8AA"));
        long elsewhere = submit(server, request("Harbour Shop", "BS1 5TT"));
        long alphaOnly = submit(server, request("Clifton Deli", "BS8 1AA"));

        browser.get("http://localhost:" + server.port() + "/orders/collection-requests");
        WebElement emailField = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        assertThat(browser.findElement(By.cssSelector("label[for='email']")).getText()).isEqualTo("Email");
        assertThat(browser.findElement(By.cssSelector("label[for='password']")).getText()).isEqualTo("Password");
        emailField.sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("correct horse", Keys.ENTER); // the keyboard submits

        // the first membership is the default team
        WebElement team = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("team")));
        Select teams = new Select(team);
        String firstTeam = teams.getFirstSelectedOption().getText();
        row(firstTeam.startsWith("Alpha") ? alphaOnly : notified);

        teams.selectByVisibleText("Beta Brewery (owner)");
        row(notified);
        await().until(d -> listedIds().size() == 3);
        assertThat(listedIds()).containsExactly(Long.toString(elsewhere), Long.toString(notified), Long.toString(pending));
        WebElement pendingRow = row(pending);
        assertThat(pendingRow.findElement(By.cssSelector("td.id")).getText()).isEqualTo("#" + pending);
        assertThat(pendingRow.findElement(By.cssSelector("td.business")).getText()).isEqualTo("Corner Deli");
        assertThat(pendingRow.findElement(By.cssSelector("td.district")).getText()).isEqualTo("BS1");
        assertThat(pendingRow.findElement(By.cssSelector("td.postcode")).getText()).isEqualTo("BS1 4DJ");
        assertThat(pendingRow.findElement(By.cssSelector("td.message")).getText()).isEqualTo("Two kegs of pale for Friday, please");
        assertThat(pendingRow.findElement(By.cssSelector("td.status")).getText()).isEqualTo("pending");
        assertThat(pendingRow.findElement(By.cssSelector("td.notified-at")).getText()).isEqualTo("—");
        assertThat(row(notified).findElement(By.cssSelector("td.notified-teams")).getText()).contains("Beta Brewery");

        // filter: BS1 (two requests), then pending ones in BS1 (one: the other was emailed)
        browser.findElement(By.id("district")).sendKeys("bs1");
        browser.findElement(By.id("apply")).click();
        await().until(d -> listedIds().equals(List.of(Long.toString(elsewhere), Long.toString(pending))));
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Pending");
        browser.findElement(By.id("apply")).click();
        await().until(d -> listedIds().equals(List.of(Long.toString(pending))));
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("Page 1 of 1 (1 requests)");

        WebElement resend = row(pending).findElement(By.cssSelector("button.resend"));
        assertThat(resend.getAttribute("aria-label")).isEqualTo("Resend request #" + pending + " from Corner Deli");
        resend.click();
        await().until(d -> row(pending).findElement(By.cssSelector("td.status")).getText().equals("notified"));
        assertThat(row(pending).findElement(By.cssSelector("td.notified-at")).getText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(row(pending).findElement(By.cssSelector("td.notified-teams")).getText()).isEqualTo("Beta Brewery");
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Request #" + pending + " was sent again.");
        screenshot("collection-requests.png");

        // the API agrees: Beta's notice of that request is notified now
        String status = server.get("/offtrade/collection-requests?teamId=" + beta + "&status=notified", token).json()
                .path("results").findValuesAsText("id").contains(Long.toString(pending)) ? "notified" : "pending";
        assertThat(status).isEqualTo("notified");

        // Alpha has no contact email: the error reads as a sentence on the page
        teams = new Select(browser.findElement(By.id("team")));
        teams.selectByVisibleText("Alpha Brewery (owner)");
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("All");
        browser.findElement(By.id("district")).clear();
        browser.findElement(By.id("apply")).click();
        row(alphaOnly).findElement(By.cssSelector("button.resend")).click();
        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).isEqualTo("This team has no off-trade contact email. Set it in the team settings, then resend.");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(row(alphaOnly).findElement(By.cssSelector("td.status")).getText()).isEqualTo("pending");

        // 360 px wide: nothing scrolls sideways, every control is still there
        browser.manage().window().setSize(new Dimension(360, 800));
        await().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 360);
        long overflow = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        assertThat(row(alphaOnly).findElement(By.cssSelector("button.resend")).isDisplayed()).isTrue();
        screenshot("collection-requests-360.png");
    }

    @Test
    void members_see_the_list_without_resend_buttons() {
        String owner = server.register("Owner");
        String teamId = server.createTeam(owner, "Gamma Brewery");
        settings(server, owner, teamId, "orders@gamma.example", "BS");
        long id = submit(server, request("Corner Deli", "BS1 4DJ"));
        String member = server.register("Member");
        String email = server.get("/me", member).json().path("user").path("email").asText();
        assertThat(server.post("/teams/" + teamId + "/members", owner, Map.of("email", email, "role", "member")).status()).isEqualTo(201);

        browser.get("http://localhost:" + server.port() + "/orders/collection-requests");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("correct horse");
        browser.findElement(By.id("sign-in")).click();
        WebElement listed = row(id);
        assertThat(listed.findElements(By.cssSelector("button.resend"))).isEmpty();
        assertThat(listed.findElement(By.cssSelector("td.status")).getText()).isEqualTo("notified");

        // the token lives in sessionStorage: a reload stays signed in
        browser.navigate().refresh();
        row(id);
        browser.findElement(By.id("sign-out")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        Object token = ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('brewski.accessToken')");
        assertThat(token).isNull();
    }
}
