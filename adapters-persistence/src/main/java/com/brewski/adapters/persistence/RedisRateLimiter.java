package com.brewski.adapters.persistence;

import com.brewski.application.shared.RateLimiter;
import com.brewski.domain.shared.Overloaded;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A sliding-window rate limiter in Redis, shared by every server instance. Each key is a sorted set
 * of the accepted hits' times (at most {@code limit}); one Lua script, atomic in Redis, drops hits
 * older than the window and either records this hit (answering 0) or refuses it, answering how
 * long until the oldest hit leaves the window, after which one more hit is accepted.
 * <p>
 * Connecting: at start it tries {@code attempts} times with a doubling pause, logging each failure
 * and the outcome; a server whose Redis does not answer still starts. <b>It fails closed</b>: while
 * Redis does not answer, every hit is refused with {@link Overloaded} (503, {@code Retry-After}) — a
 * throttle that let hits through whenever its store was down could be switched off by overloading
 * the store. It reconnects on demand, at most once per {@link #RECONNECT_PAUSE}; once connected,
 * Lettuce reconnects by itself and a script lost by a Redis restart is loaded again.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final String SCRIPT = """
            local key = KEYS[1]
            local now = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local limit = tonumber(ARGV[3])
            redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
            local count = redis.call('ZCARD', key)
            if count < limit then
              redis.call('ZADD', key, now, ARGV[4])
              redis.call('PEXPIRE', key, window)
              return 0
            end
            local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
            local wait = tonumber(oldest[2]) + window - now
            if wait < 1 then wait = 1 end
            return wait
            """;
    private static final String PREFIX = "brewski:ratelimit:";
    /** How long a command (and a connection attempt) may take: generous, for a loaded machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int START_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);
    /** What a refused hit answers as {@code Retry-After} while Redis does not answer. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    static final String UNAVAILABLE = "rate limiting is unavailable, try again later";

    private final RedisClient client;
    private final String where;
    private final Clock clock;
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> commands;
    private String scriptSha;
    private long lastAttemptMillis;

    public RedisRateLimiter(String redisUrl, Clock clock) {
        this(redisUrl, clock, START_ATTEMPTS, FIRST_PAUSE);
    }

    RedisRateLimiter(String redisUrl, Clock clock, int attempts, Duration firstPause) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(TIMEOUT);
        this.where = uri.getHost() + ":" + uri.getPort(); // never the password of the URL
        this.client = RedisClient.create(uri);
        this.clock = clock;
        Duration pause = firstPause;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            RedisException failure = tryConnect();
            if (failure == null) {
                log.info("rate limiter connected to Redis at {} (attempt {} of {})", where, attempt, attempts);
                return;
            }
            if (attempt == attempts) {
                log.error("rate limiter could not connect to Redis at {} after {} attempts ({}): requests that are "
                        + "rate limited answer 503 until Redis answers (fail closed); reconnecting on demand",
                        where, attempts, failure.getMessage());
                return;
            }
            log.warn("rate limiter could not connect to Redis at {} (attempt {} of {}: {}); retrying in {} ms",
                    where, attempt, attempts, failure.getMessage(), pause.toMillis());
            sleep(pause);
            pause = pause.multipliedBy(2);
        }
    }

    /** Whether a connection to Redis is open (it may still be reconnecting underneath). */
    public synchronized boolean connected() {
        return connection != null;
    }

    @Override
    public Duration hit(String key, int limit, Duration window) {
        RedisCommands<String, String> redis = commands();
        long now = clock.millis();
        String[] keys = {PREFIX + key};
        String[] args = {Long.toString(now), Long.toString(window.toMillis()), Integer.toString(limit),
                now + ":" + UUID.randomUUID()};
        Long waitMillis;
        try {
            try {
                waitMillis = redis.evalsha(scriptSha(), ScriptOutputType.INTEGER, keys, args);
            } catch (RedisNoScriptException e) { // Redis restarted and lost its scripts
                waitMillis = redis.eval(SCRIPT, ScriptOutputType.INTEGER, keys, args);
            }
        } catch (RedisException e) {
            log.warn("rate limiter could not reach Redis at {} ({}): refusing the request (fail closed)", where, e.getMessage());
            throw new Overloaded(UNAVAILABLE, RETRY_AFTER);
        }
        return waitMillis == null || waitMillis <= 0 ? Duration.ZERO : Duration.ofMillis(waitMillis);
    }

    private synchronized RedisCommands<String, String> commands() {
        if (commands == null && System.currentTimeMillis() - lastAttemptMillis >= RECONNECT_PAUSE.toMillis()) {
            RedisException failure = tryConnect();
            if (failure == null) log.info("rate limiter connected to Redis at {}", where);
            else log.warn("rate limiter still cannot connect to Redis at {} ({}); refusing rate-limited requests",
                    where, failure.getMessage());
        }
        if (commands == null) throw new Overloaded(UNAVAILABLE, RETRY_AFTER);
        return commands;
    }

    private synchronized String scriptSha() {
        return scriptSha;
    }

    /** One connection attempt: null when connected (and the script loaded), else the failure. */
    private synchronized RedisException tryConnect() {
        lastAttemptMillis = System.currentTimeMillis();
        try {
            StatefulRedisConnection<String, String> opened = client.connect();
            try {
                scriptSha = opened.sync().scriptLoad(SCRIPT);
            } catch (RedisException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            commands = opened.sync();
            return null;
        } catch (RedisException e) {
            return e;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) connection.close();
        client.shutdown();
    }
}
