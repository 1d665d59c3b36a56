package com.brewski.adapters.persistence;

import com.brewski.application.shared.RateLimiter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A sliding-window rate limiter in Redis, shared by every server instance. Each key is a sorted set
 * of the accepted hits' times (at most {@code limit}); one Lua script, atomic in Redis, drops hits
 * older than the window and either records this hit (answering 0) or refuses it, answering how
 * long until the oldest hit leaves the window, after which one more hit is accepted.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {
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

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final Clock clock;
    private final String scriptSha;

    public RedisRateLimiter(String redisUrl, Clock clock) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(2));
        this.client = RedisClient.create(uri);
        this.connection = client.connect();
        this.commands = connection.sync();
        this.clock = clock;
        this.scriptSha = commands.scriptLoad(SCRIPT);
    }

    @Override
    public Duration hit(String key, int limit, Duration window) {
        long now = clock.millis();
        Long waitMillis = commands.evalsha(scriptSha, ScriptOutputType.INTEGER, new String[]{PREFIX + key},
                Long.toString(now), Long.toString(window.toMillis()), Integer.toString(limit),
                now + ":" + UUID.randomUUID());
        return waitMillis == null || waitMillis <= 0 ? Duration.ZERO : Duration.ofMillis(waitMillis);
    }

    /** Whether Redis answers a PING now (readiness). */
    public boolean reachable() {
        try {
            return "PONG".equalsIgnoreCase(commands.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
