package com.brewski.adapters.http.partners;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Zendit-shaped partner served over real HTTP on a loopback port (JDK {@link HttpServer}). Each offer
 * id behaves as its {@link Behaviour} says; every purchase request is counted, and a purchase is
 * remembered under its transaction id even when the answer to it is delayed past the client's timeout.
 */
public final class ZenditStub implements AutoCloseable {
    public static final String API_KEY = "stub-api-key";
    private static final Pattern TRANSACTION = Pattern.compile("\"transactionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern OFFER = Pattern.compile("\"offerId\"\\s*:\\s*\"([^\"]+)\"");

    /** How an offer behaves. */
    public enum Behaviour {
        /** Purchase ACCEPTED; the status read answers DONE with a receipt. */
        DONE,
        /** Purchase FAILED with error NO_STOCK. */
        NO_STOCK,
        /** The purchase is recorded as DONE but its answer comes too late (after {@link #hang}). */
        SLOW_PURCHASE,
        /** Purchase answers 503. */
        SERVER_ERROR,
        /** Purchase ACCEPTED; the status answers DONE without a receipt code. */
        MISSING_CODE,
        /** Purchase ACCEPTED; the status answers a status nobody knows. */
        UNKNOWN_STATUS,
        /** Purchase answers a body that is not JSON. */
        INVALID_JSON,
        /** Purchase answers a 3 MB body. */
        HUGE_BODY,
        /** Purchase answers, the status stays IN_PROGRESS forever. */
        PENDING_FOREVER
    }

    private final HttpServer server;
    private final Map<String, Behaviour> offers = new ConcurrentHashMap<>();
    private final Map<String, String> purchases = new ConcurrentHashMap<>();
    private final AtomicInteger purchaseRequests = new AtomicInteger();
    private final AtomicInteger codes = new AtomicInteger();
    private volatile Duration hang = Duration.ofSeconds(2);
    private volatile CountDownLatch purchaseSeen = new CountDownLatch(1);
    private volatile String lastAuthorization;

    private ZenditStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/vouchers/purchases", this::handle);
        server.start();
    }

    public static ZenditStub start() {
        try {
            return new ZenditStub();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ZenditStub offer(String offerId, Behaviour behaviour) {
        offers.put(offerId, behaviour);
        return this;
    }

    /** How long a {@link Behaviour#SLOW_PURCHASE} answer waits. */
    public ZenditStub hang(Duration wait) {
        this.hang = wait;
        return this;
    }

    /** How many purchase requests arrived (whatever became of them). */
    public int purchaseRequests() {
        return purchaseRequests.get();
    }

    /** Waits until the first purchase request arrived. */
    public boolean awaitPurchase(Duration wait) throws InterruptedException {
        return purchaseSeen.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + API_KEY).equals(lastAuthorization)) {
                answer(exchange, 401, "{\"error\":{\"code\":\"UNAUTHORIZED\"}}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/vouchers/purchases")) purchase(exchange);
            else if (exchange.getRequestMethod().equals("GET")) status(exchange, path.substring(path.lastIndexOf('/') + 1));
            else answer(exchange, 404, "{}");
        }
    }

    private void purchase(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        purchaseRequests.incrementAndGet();
        purchaseSeen.countDown();
        String transactionId = group(TRANSACTION, body);
        String offerId = group(OFFER, body);
        Behaviour behaviour = offers.getOrDefault(offerId, Behaviour.DONE);
        if (purchases.putIfAbsent(transactionId, offerId) != null) {
            answer(exchange, 409, "{\"error\":{\"code\":\"DUPLICATE\"}}");
            return;
        }
        switch (behaviour) {
            case NO_STOCK -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"FAILED\",\"error\":{\"code\":\"NO_STOCK\",\"description\":\"No stock for this offer\"}}");
            case SLOW_PURCHASE -> {
                sleep(hang);
                answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"ACCEPTED\"}");
            }
            case SERVER_ERROR -> answer(exchange, 503, "{\"error\":\"busy\"}");
            case INVALID_JSON -> answer(exchange, 200, "{\"transactionId\": not json");
            case HUGE_BODY -> answer(exchange, 200, "{\"pad\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}");
            default -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"ACCEPTED\"}");
        }
    }

    private void status(HttpExchange exchange, String transactionId) throws IOException {
        String offerId = purchases.get(transactionId);
        if (offerId == null) {
            answer(exchange, 404, "{\"error\":{\"code\":\"NOT_FOUND\"}}");
            return;
        }
        Behaviour behaviour = offers.getOrDefault(offerId, Behaviour.DONE);
        switch (behaviour) {
            case NO_STOCK -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"FAILED\",\"error\":{\"code\":\"NO_STOCK\",\"description\":\"No stock for this offer\"}}");
            case MISSING_CODE -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"DONE\",\"receipt\":{}}");
            case UNKNOWN_STATUS -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"EXPLODED\"}");
            case PENDING_FOREVER -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"IN_PROGRESS\"}");
            default -> answer(exchange, 200, "{\"transactionId\":\"" + transactionId + "\",\"status\":\"DONE\",\"receipt\":{\"code\":\"ZEN-"
                    + codeFor(transactionId) + "\",\"pin\":\"1234\",\"redemptionUrl\":\"https://partner.example/redeem\",\"expiresAt\":\"2027-12-31T23:59:59.000Z\"}}");
        }
    }

    private final Map<String, Integer> codeNumbers = new ConcurrentHashMap<>();

    private int codeFor(String transactionId) {
        return codeNumbers.computeIfAbsent(transactionId, t -> codes.incrementAndGet());
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
