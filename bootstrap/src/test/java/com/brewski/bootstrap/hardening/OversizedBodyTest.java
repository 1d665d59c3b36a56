package com.brewski.bootstrap.hardening;

import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body over the limit sent with {@code Content-Length}, over a raw socket as a client sends it: the
 * server reads and discards it (up to a bound), then answers 413 with {@code Connection: close} and
 * closes; the client reads the whole answer and an orderly end of stream, never a connection reset.
 */
class OversizedBodyTest {
    private static TestServer server;
    private static String token;
    private static String teamId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        token = server.register("Big Body");
        teamId = server.createTeam(token, "Big Body Brewery");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_json_body_over_the_limit_gets_413_with_connection_close_not_a_reset() throws IOException {
        for (int size : new int[] {1024 * 1024 + 1, 3 * 1024 * 1024}) {
            byte[] body = new byte[size];
            Arrays.fill(body, (byte) ' ');
            body[0] = '{';
            body[size - 1] = '}';
            String answer = send("POST", "/clients", "application/json", body);

            assertThat(statusLine(answer)).as("size %d", size).isEqualTo("HTTP/1.1 413 Payload Too Large");
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
            assertThat(answer).endsWith("{\"message\":\"request body must be at most 1048576 bytes\"}");
        }
    }

    @Test
    void an_upload_over_its_route_s_limit_gets_413_with_connection_close_not_a_reset() throws IOException {
        byte[] body = new byte[6 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        String answer = send("POST", "/teams/" + teamId + "/logo", "multipart/form-data; boundary=----brewski", body);

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 413 Payload Too Large");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
        assertThat(answer).endsWith("{\"message\":\"image must be at most 5 MB\"}");
    }

    /** Sends the request with its whole body, then reads the answer to the end of the stream. */
    private static String send(String method, String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body); // a reset here, or while reading, fails the test
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int read;
            while ((read = in.read(chunk)) != -1) answer.write(chunk, 0, read);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}
