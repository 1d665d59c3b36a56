package com.brewski.application.identity;

import com.brewski.application.shared.Ids;
import com.brewski.application.shared.RateLimiter;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Password;
import com.brewski.domain.identity.Session;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.RateLimited;
import com.brewski.domain.shared.Unauthenticated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Registration, login, token refresh and logout, and turning a bearer token into a caller. */
public final class SignIn {
    private static final String INVALID_CREDENTIALS = "invalid email or password";

    private final Users users;
    private final Sessions sessions;
    private final Memberships memberships;
    private final Teams teams;
    private final PasswordHasher hasher;
    private final RateLimiter rateLimiter;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;
    private final IdentityPolicy policy;
    private final Callers callers;
    private volatile String timingHash;

    public SignIn(Users users, Sessions sessions, Memberships memberships, Teams teams, PasswordHasher hasher,
                  RateLimiter rateLimiter, Transactions transactions, Clock clock, Ids ids, IdentityPolicy policy) {
        this(users, sessions, memberships, teams, hasher, rateLimiter, transactions, clock, ids, policy,
                Callers.composed(sessions, users, memberships, teams));
    }

    /** @param callers finds the caller behind a token (one statement in the database adapter) */
    public SignIn(Users users, Sessions sessions, Memberships memberships, Teams teams, PasswordHasher hasher,
                  RateLimiter rateLimiter, Transactions transactions, Clock clock, Ids ids, IdentityPolicy policy,
                  Callers callers) {
        this.callers = callers;
        this.users = users;
        this.sessions = sessions;
        this.memberships = memberships;
        this.teams = teams;
        this.hasher = hasher;
        this.rateLimiter = rateLimiter;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
    }

    /** Creates an account, or completes one that was added to a team by email; 409 when it has a password. */
    public AuthSession register(String rawEmail, String rawPassword, String name, String remoteAddress) {
        Email email = new Email(rawEmail);
        Password password = new Password(rawPassword);
        User.checkName(name);
        throttle("register:address:" + remoteAddress, policy.loginAttemptsPerAddress());
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<User> existing = users.byEmailForUpdate(email);
            User user;
            if (existing.isPresent()) {
                user = existing.get();
                if (user.hasPassword()) throw new Conflict("email is already registered");
                user.completeRegistration(name, hash, now);
                users.update(user);
            } else {
                user = User.registered(new UserId(ids.newId()), email, name, hash, now);
                users.insert(user);
            }
            return startSession(user, ids.newId(), now);
        });
    }

    /** Checks the credentials; the same 401 whether or not the email exists. Throttled per email and address. */
    public AuthSession login(String rawEmail, String rawPassword, String remoteAddress) {
        if (rawEmail == null || rawEmail.isBlank()) throw new com.brewski.domain.shared.InvalidField("email", "email is required");
        if (rawPassword == null || rawPassword.isEmpty()) throw new com.brewski.domain.shared.InvalidField("password", "password is required");
        String emailKey = rawEmail.strip().toLowerCase(java.util.Locale.ROOT);
        throttle("login:address:" + remoteAddress, policy.loginAttemptsPerAddress());
        throttle("login:email:" + emailKey, policy.loginAttemptsPerEmail());

        Optional<User> user = parseEmail(rawEmail).flatMap(users::byEmail);
        Optional<Password> password = parsePassword(rawPassword);
        boolean ok;
        if (user.isPresent() && user.get().hasPassword() && password.isPresent()) {
            ok = hasher.matches(password.get(), user.get().passwordHash().orElseThrow());
        } else {
            hasher.matches(password.orElse(new Password("timing-equaliser")), timingHash());
            ok = false;
        }
        if (!ok) throw new Unauthenticated(INVALID_CREDENTIALS);
        return transactions.inTransaction(() -> startSession(user.get(), ids.newId(), clock.instant()));
    }

    /** Rotates the token pair. Presenting a refresh token that was already rotated revokes its whole family. */
    public AuthSession refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank())
            throw new com.brewski.domain.shared.InvalidField("refreshToken", "refreshToken is required");
        String digest = TokenDigest.digest(refreshToken);
        // The reuse check must survive the 401, so it runs in its own transaction before the rotation.
        Optional<AuthSession> rotated = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Session> found = sessions.byRefreshHashForUpdate(digest);
            if (found.isEmpty()) return Optional.empty();
            Session session = found.get();
            if (session.revokedAt() != null) {
                sessions.revokeFamily(session.familyId(), now);
                return Optional.empty();
            }
            if (!session.refreshValidAt(now)) return Optional.empty();
            User user = users.byId(session.userId()).orElse(null);
            if (user == null) return Optional.empty();
            sessions.revoke(session.id(), now);
            return Optional.of(startSession(user, session.familyId(), now));
        });
        return rotated.orElseThrow(() -> new Unauthenticated("invalid refresh token"));
    }

    /** Ends the session of the access token and of the refresh token, whichever are given. Idempotent. */
    public void logout(String accessToken, String refreshToken) {
        transactions.run(() -> {
            Instant now = clock.instant();
            if (accessToken != null && !accessToken.isBlank())
                sessions.byAccessHash(TokenDigest.digest(accessToken)).ifPresent(s -> sessions.revoke(s.id(), now));
            if (refreshToken != null && !refreshToken.isBlank())
                sessions.byRefreshHashForUpdate(TokenDigest.digest(refreshToken)).ifPresent(s -> sessions.revoke(s.id(), now));
        });
    }

    /**
     * The caller behind a bearer token, or 401: one lookup, in the caller's transaction when one is open
     * (a route that runs in one transaction authenticates inside it).
     */
    public Caller authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) throw new Unauthenticated();
        return transactions.inTransaction(() -> {
            Callers.SessionCaller found = callers.byAccessHash(TokenDigest.digest(accessToken))
                    .filter(c -> c.session().accessValidAt(clock.instant()))
                    .orElseThrow(Unauthenticated::new);
            return new Caller(found.session().userId(), found.email(), found.session().id(), found.platformRole());
        });
    }

    private AuthSession startSession(User user, UUID familyId, Instant now) {
        String access = TokenDigest.newToken("bka_");
        String refresh = TokenDigest.newToken("bkr_");
        Instant accessExpiry = now.plus(policy.accessTokenTtl());
        Instant refreshExpiry = now.plus(policy.refreshTokenTtl());
        sessions.insert(new Session(ids.newId(), familyId, user.id(), TokenDigest.digest(access), accessExpiry,
                TokenDigest.digest(refresh), refreshExpiry, now, null));
        return new AuthSession(user, access, refresh, accessExpiry, refreshExpiry);
    }

    private void throttle(String key, int limit) {
        Duration wait = rateLimiter.hit(key, limit, policy.loginWindow());
        if (!wait.isZero()) throw new RateLimited("too many attempts, try again later", wait);
    }

    private String timingHash() {
        String hash = timingHash;
        if (hash == null) timingHash = hash = hasher.hash(new Password("timing-equaliser"));
        return hash;
    }

    private static Optional<Email> parseEmail(String raw) {
        try {
            return Optional.of(new Email(raw));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Password> parsePassword(String raw) {
        try {
            return Optional.of(new Password(raw));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
