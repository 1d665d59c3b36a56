package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests to test servers from one loopback address of its own (127.x.y.z), which is what the
 * server's per-address rate limit sees: tests sharing a Redis never count each other's requests.
 */
final class FromAddress implements AutoCloseable {
    private final String address;
    private final HttpClient client;

    private FromAddress(String address) {
        this.address = address;
        try {
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .localAddress(InetAddress.getByName(address)).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random address in 127.0.0.0/8 (never 127.0.0.1). */
    static FromAddress random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new FromAddress("127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255));
    }

    String address() {
        return address;
    }

    TestServer.Response post(TestServer server, String path, String token, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.toJson(body)));
        if (token != null) builder.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new TestServer.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
