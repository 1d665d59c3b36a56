package com.brewski.adapters.storage;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.ErrorResponse;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Objects in an S3-compatible bucket (MinIO, AWS S3, DigitalOcean Spaces) through the MinIO client.
 * The constructor does no network I/O; the bucket is checked, and created when missing, on first
 * use (and again after a failed check). Every client failure becomes
 * {@code Unavailable("object storage failed")}; the cause is logged without credentials.
 * <p>
 * Objects are written without an ACL: for {@link #publicUrl} to be readable, the bucket (or the CDN
 * named by {@code publicUrl}) must allow public reads.
 */
public final class MinioObjectStore implements ObjectStore, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MinioObjectStore.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration IO_TIMEOUT = Duration.ofSeconds(30);
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

    private final MinioClient client;
    private final String bucket;
    private final String urlBase;
    private final String accessKey;
    private final String secretKey;
    private final ReentrantLock bucketLock = new ReentrantLock();
    private volatile boolean bucketReady;

    /**
     * @param endpoint  e.g. {@code https://fra1.digitaloceanspaces.com} or {@code http://minio:9000}
     * @param publicUrl base of public object URLs (a CDN); {@code null} or blank for
     *                  {@code endpoint/bucket}
     */
    public MinioObjectStore(String endpoint, String bucket, String accessKey, String secretKey, String publicUrl) {
        requireText(endpoint, "endpoint");
        requireText(bucket, "bucket");
        this.accessKey = requireText(accessKey, "accessKey");
        this.secretKey = requireText(secretKey, "secretKey");
        this.bucket = bucket;
        BucketExistsArgs.builder().bucket(bucket).build(); // rejects an invalid bucket name now, offline
        // what MinIO's default client sets (HTTP/1.1, retry of throttling and 5xx answers), with
        // short timeouts instead of its five minutes; building it directly also avoids the ~1 s
        // that Http.newDefaultClient() spends on every call
        OkHttpClient http = new OkHttpClient.Builder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .addInterceptor(new Http.StatusRetryInterceptor())
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(IO_TIMEOUT)
                .writeTimeout(IO_TIMEOUT)
                .build();
        this.client = MinioClient.builder()
                .endpoint(endpoint)
                .credentials(accessKey, secretKey)
                .httpClient(http, true)
                .build();
        this.urlBase = publicUrl != null && !publicUrl.isBlank()
                ? ObjectKey.trimBase(publicUrl)
                : ObjectKey.trimBase(endpoint.contains("://") ? endpoint : "https://" + endpoint) + "/" + bucket;
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        ObjectKey objectKey = ObjectKey.of(key);
        Objects.requireNonNull(content, "content");
        String type = ObjectKey.requireContentType(contentType);
        ensureBucket();
        call("put", key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket)
                .object(objectKey.value())
                .data(content, content.length)
                .contentType(type)
                .build()));
        return publicUrl(key);
    }

    @Override
    public void delete(String key) {
        ObjectKey objectKey = ObjectKey.of(key);
        ensureBucket();
        call("delete", key, () -> {
            try {
                client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(objectKey.value()).build());
            } catch (Exception e) {
                if (!"NoSuchKey".equals(s3ErrorCode(e))) throw e; // S3 itself answers 204; some servers 404
            }
            return null;
        });
    }

    @Override
    public Optional<StoredObject> get(String key) {
        ObjectKey objectKey = ObjectKey.of(key);
        ensureBucket();
        return call("get", key, () -> {
            try (GetObjectResponse response = client.getObject(
                    GetObjectArgs.builder().bucket(bucket).object(objectKey.value()).build())) {
                byte[] content = response.readAllBytes();
                String type = response.headers().get("Content-Type");
                return Optional.of(new StoredObject(content, type == null || type.isBlank() ? DEFAULT_CONTENT_TYPE : type));
            } catch (Exception e) {
                if ("NoSuchKey".equals(s3ErrorCode(e))) return Optional.<StoredObject>empty();
                throw e;
            }
        });
    }

    @Override
    public String publicUrl(String key) {
        return urlBase + "/" + ObjectKey.of(key).urlPath();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            log.debug("closing the object storage client failed: {}", describe(e));
        }
    }

    private void ensureBucket() {
        if (bucketReady) return;
        bucketLock.lock();
        try {
            if (bucketReady) return;
            call("bucket check", null, () -> {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    try {
                        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                        log.info("created object storage bucket '{}'", bucket);
                    } catch (Exception e) {
                        // another instance created it between the check and the create
                        if (!BUCKET_ALREADY_THERE.contains(s3ErrorCode(e))) throw e;
                    }
                }
                return null;
            });
            bucketReady = true;
        } finally {
            bucketLock.unlock();
        }
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws Exception;
    }

    private <T> T call(String operation, String key, S3Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            String what = key == null ? operation : operation + " of '" + key + "'";
            log.warn("object storage {} in bucket '{}' failed: {}", what, bucket, describe(e));
            throw new Unavailable("object storage failed");
        }
    }

    /** The S3 error code anywhere in the cause chain ({@code NoSuchKey}, …), or null. */
    private static String s3ErrorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException error && error.errorResponse() != null) {
                return error.errorResponse().code();
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    /**
     * The cause chain as one line: S3 error codes and messages, exception types and messages. Never
     * the request (its headers carry the access key and signature), and the configured keys are
     * masked should a message ever echo them.
     */
    private String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            if (!out.isEmpty()) out.append(" <- ");
            if (t instanceof ErrorResponseException error && error.errorResponse() != null) {
                ErrorResponse response = error.errorResponse();
                out.append("S3 error ").append(response.code()).append(": ").append(response.message());
                if (error.response() != null) out.append(" (HTTP ").append(error.response().code()).append(')');
                if (response.requestId() != null) out.append(" requestId=").append(response.requestId());
            } else {
                out.append(t.getClass().getName());
                if (t.getMessage() != null) out.append(": ").append(t.getMessage());
            }
        }
        return out.toString().replace(secretKey, "***").replace(accessKey, "***");
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return value;
    }
}
