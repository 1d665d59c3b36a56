package com.brewski.adapters.http.partners;

import com.brewski.application.fulfillment.VoucherPartner;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.shared.InvalidField;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * A Zendit-shaped voucher partner over HTTP (JDK {@link HttpClient}, Jackson):
 * {@code POST {base}/v1/vouchers/purchases} with {@code {transactionId, offerId, recipient: {email}}}
 * and {@code GET {base}/v1/vouchers/purchases/{transactionId}}, {@code Authorization: Bearer <key>}.
 * Every answer is untrusted: a timeout, a connection failure or a 5xx is {@code Unknown} (ask again
 * before buying anew), and an unknown status, a DONE without a code, a body over 2 MB or malformed
 * JSON is {@code Failed} with its reason. Nothing here throws for what the partner sends. Codes are
 * never logged; every log line carries the attempt's {@code fa:<correlationId>} (also in the MDC as {@code fa}).
 */
public final class ZenditClient implements VoucherPartner {
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ZenditClient.class);
    private static final Set<String> PENDING = Set.of("PENDING", "ACCEPTED", "AUTHORIZED", "IN_PROGRESS");

    private final URI baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param baseUrl null when no partner is configured ({@link #configured()} false) */
    public ZenditClient(String baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : URI.create(baseUrl.replaceAll("/+$", "") + "/");
        this.apiKey = apiKey == null ? "" : apiKey;
        this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        this.http = HttpClient.newBuilder().connectTimeout(this.timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public boolean configured() {
        return baseUrl != null;
    }

    @Override
    public Reply purchase(UUID correlationId, UUID transactionId, String offerId, String recipientEmail) {
        if (!configured()) return new Reply.Failed("NOT_CONFIGURED", "partner not configured");
        ObjectNode body = mapper.createObjectNode();
        body.put("transactionId", transactionId.toString());
        body.put("offerId", offerId);
        body.putObject("recipient").put("email", recipientEmail);
        HttpRequest request = request("v1/vouchers/purchases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return withTag(correlationId, () -> {
            Answer answer = send(request);
            if (answer.unknown != null) return answer.unknown;
            int status = answer.status;
            log.info("{} purchase {}: HTTP {}", tag(correlationId), transactionId, status);
            if (status == 409) return new Reply.AlreadyExists();
            if (status >= 500) return new Reply.Unknown("the partner answered HTTP " + status);
            if (status < 200 || status > 299) return new Reply.Failed("HTTP_" + status, "the partner refused the purchase (HTTP " + status + ")");
            if (answer.failed != null) return answer.failed;
            String partnerStatus = text(answer.json, "status");
            if (partnerStatus == null) return new Reply.Failed("INVALID_RESPONSE", "the partner's answer has no status");
            if (partnerStatus.equals("DONE")) return receipt(answer.json);
            if (PENDING.contains(partnerStatus)) return new Reply.Pending(partnerStatus);
            if (partnerStatus.equals("FAILED")) return failed(answer.json);
            return new Reply.Failed(partnerStatus, "the partner answered an unknown status");
        });
    }

    @Override
    public Reply status(UUID correlationId, UUID transactionId) {
        if (!configured()) return new Reply.Failed("NOT_CONFIGURED", "partner not configured");
        HttpRequest request = request("v1/vouchers/purchases/" + transactionId).GET().build();
        return withTag(correlationId, () -> {
            Answer answer = send(request);
            if (answer.unknown != null) return answer.unknown;
            int status = answer.status;
            log.info("{} status of purchase {}: HTTP {}", tag(correlationId), transactionId, status);
            if (status == 404) return new Reply.NotFound();
            if (status >= 500) return new Reply.Unknown("the partner answered HTTP " + status);
            if (status < 200 || status > 299) return new Reply.Failed("HTTP_" + status, "the partner refused the status request (HTTP " + status + ")");
            if (answer.failed != null) return answer.failed;
            String partnerStatus = text(answer.json, "status");
            if (partnerStatus == null) return new Reply.Failed("INVALID_RESPONSE", "the partner's answer has no status");
            if (partnerStatus.equals("DONE")) {
                Reply receipt = receipt(answer.json);
                return receipt instanceof Reply.Done d && d.voucher() == null
                        ? new Reply.Failed("DONE", "the partner answered DONE without a voucher code") : receipt;
            }
            if (PENDING.contains(partnerStatus)) return new Reply.Pending(partnerStatus);
            if (partnerStatus.equals("FAILED")) return failed(answer.json);
            return new Reply.Failed(partnerStatus, "the partner answered an unknown status");
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json");
    }

    /** A response as far as it can be trusted: unknown (no answer), failed (unusable body) or a JSON object. */
    private record Answer(int status, ObjectNode json, Reply.Unknown unknown, Reply.Failed failed) {}

    private Answer send(HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Answer(0, null, new Reply.Unknown("the partner did not answer within " + timeout.toMillis() + " ms"), null);
        } catch (IOException e) {
            return new Answer(0, null, new Reply.Unknown("the partner could not be reached (" + e.getClass().getSimpleName() + ")"), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, new Reply.Unknown("interrupted while waiting for the partner"), null);
        }
        int status = response.statusCode();
        byte[] bytes;
        try (InputStream in = response.body()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            if (status >= 500) return new Answer(status, null, null, null);
            return new Answer(status, null, new Reply.Unknown("the partner's answer broke off (" + e.getClass().getSimpleName() + ")"), null);
        }
        if (bytes.length > MAX_BODY_BYTES)
            return new Answer(status, null, null, new Reply.Failed("TOO_LARGE", "the partner's answer is larger than 2 MB"));
        if (status < 200 || status > 299) return new Answer(status, null, null, null);
        try {
            JsonNode node = mapper.readTree(bytes);
            if (!(node instanceof ObjectNode object))
                return new Answer(status, null, null, new Reply.Failed("INVALID_JSON", "the partner's answer is not a JSON object"));
            return new Answer(status, object, null, null);
        } catch (JacksonException e) {
            return new Answer(status, null, null, new Reply.Failed("INVALID_JSON", "the partner's answer is not valid JSON"));
        } catch (IOException e) {
            return new Answer(status, null, null, new Reply.Failed("INVALID_JSON", "the partner's answer is not valid JSON"));
        }
    }

    private Reply receipt(ObjectNode json) {
        JsonNode receipt = json.get("receipt");
        if (receipt == null || receipt.isNull()) return new Reply.Done(null);
        if (!receipt.isObject()) return new Reply.Failed("DONE", "the partner's receipt is not an object");
        String code = text(receipt, "code");
        if (code == null || code.isBlank()) return new Reply.Failed("DONE", "the partner answered DONE without a voucher code");
        try {
            return new Reply.Done(new VoucherCode(code, text(receipt, "pin"), text(receipt, "redemptionUrl"), instant(text(receipt, "expiresAt"))));
        } catch (InvalidField e) {
            return new Reply.Failed("DONE", "the partner's receipt is unusable: " + e.getMessage());
        }
    }

    private static Reply failed(ObjectNode json) {
        JsonNode error = json.get("error");
        String code = error != null && error.isObject() ? text(error, "code") : null;
        String description = error != null && error.isObject() ? text(error, "description") : null;
        return new Reply.Failed(code != null ? code : "FAILED", description != null ? description : "the partner failed the purchase");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static Instant instant(String raw) {
        if (raw == null) return null;
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String tag(UUID correlationId) {
        return FulfilmentAttempt.logTag(correlationId);
    }

    private static Reply withTag(UUID correlationId, java.util.function.Supplier<Reply> call) {
        String previous = MDC.get("fa");
        MDC.put("fa", tag(correlationId));
        try {
            return call.get();
        } catch (RuntimeException e) {
            log.warn("{} partner call failed unexpectedly ({})", tag(correlationId), e.getClass().getSimpleName());
            return new Reply.Unknown("unexpected error talking to the partner (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (previous == null) MDC.remove("fa");
            else MDC.put("fa", previous);
        }
    }
}
