package com.brewski.adapters.storage;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import okhttp3.OkHttpClient;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MinIO adapter against a real S3-compatible server (s3proxy) started for the test. */
class MinioObjectStoreTest extends ObjectStoreContract {
    private static final String ACCESS_KEY = "brewski-access";
    private static final String SECRET_KEY = "brewski-secret-key-0123456789";

    private static S3Proxy s3;
    private static String endpoint;

    private MinioObjectStore store;
    private String bucket;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        s3.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(s3.getState())) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("s3proxy did not start: " + s3.getState());
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + s3.getPort();
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3 != null) s3.stop();
    }

    @BeforeEach
    void createStore() {
        bucket = "brewski-" + UUID.randomUUID().toString().substring(0, 8);
        store = new MinioObjectStore(endpoint, bucket, ACCESS_KEY, SECRET_KEY, null);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected String expectedPublicUrl(String key) {
        return endpoint + "/" + bucket + "/" + key;
    }

    @Test
    void creates_the_bucket_on_first_use() throws Exception {
        try (MinioClient direct = MinioClient.builder().endpoint(endpoint).credentials(ACCESS_KEY, SECRET_KEY)
                .httpClient(new OkHttpClient(), true).build()) {
            assertThat(direct.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())).isFalse();

            String key = invoiceKey();
            store.put(key, new byte[] {1, 2}, "application/pdf");

            assertThat(direct.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())).isTrue();
            assertThat(direct.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).contentType())
                    .as("the content type is stored as the object's S3 Content-Type")
                    .isEqualTo("application/pdf");
        }
    }

    @Test
    void uses_an_existing_bucket() {
        String key = invoiceKey();
        store.put(key, new byte[] {1}, "application/pdf");

        try (MinioObjectStore another = new MinioObjectStore(endpoint, bucket, ACCESS_KEY, SECRET_KEY, null)) {
            assertThat(another.get(key)).get().extracting(ObjectStore.StoredObject::content).isEqualTo(new byte[] {1});
        }
    }

    @Test
    void the_public_url_uses_the_configured_public_base() {
        try (MinioObjectStore cdn = new MinioObjectStore(endpoint, bucket, ACCESS_KEY, SECRET_KEY, "https://cdn.example.com/")) {
            String key = invoiceKey();

            assertThat(cdn.publicUrl(key)).isEqualTo("https://cdn.example.com/" + key);
            assertThat(cdn.put(key, new byte[] {1}, "application/pdf")).isEqualTo("https://cdn.example.com/" + key);
        }
    }

    @Test
    void an_unreachable_server_is_unavailable_quickly() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (MinioObjectStore down = new MinioObjectStore("http://127.0.0.1:" + closedPort, "brewski", ACCESS_KEY, SECRET_KEY, null)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> down.put(invoiceKey(), new byte[] {1}, "application/pdf"))
                    .isInstanceOf(Unavailable.class).hasMessage("object storage failed");
            assertThatThrownBy(() -> down.get(invoiceKey())).isInstanceOf(Unavailable.class);
            assertThatThrownBy(() -> down.delete(invoiceKey())).isInstanceOf(Unavailable.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(down.publicUrl("a/b.pdf")).as("a URL needs no server").isEqualTo("http://127.0.0.1:" + closedPort + "/brewski/a/b.pdf");
        }
    }

    @Test
    void wrong_credentials_are_unavailable_and_the_log_never_shows_the_secret() {
        Logger logger = (Logger) LoggerFactory.getLogger(MinioObjectStore.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        String wrongSecret = "not-the-secret-" + UUID.randomUUID();
        try (MinioObjectStore intruder = new MinioObjectStore(endpoint, bucket, ACCESS_KEY, wrongSecret, null)) {

            assertThatThrownBy(() -> intruder.put(invoiceKey(), new byte[] {1}, "application/pdf"))
                    .isInstanceOf(Unavailable.class).hasMessage("object storage failed");

            assertThat(logs.list).isNotEmpty();
            assertThat(logs.list).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).doesNotContain(wrongSecret).doesNotContain(ACCESS_KEY);
                assertThat(event.getThrowableProxy()).isNull();
            });
            assertThat(logs.list.getFirst().getFormattedMessage()).contains("SignatureDoesNotMatch");
        } finally {
            logger.detachAppender(logs);
        }
    }

    @Test
    void rejects_an_invalid_bucket_name_without_contacting_the_server() {
        assertThatThrownBy(() -> new MinioObjectStore(endpoint, "Not_A_Bucket", ACCESS_KEY, SECRET_KEY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
