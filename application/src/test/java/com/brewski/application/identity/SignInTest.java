package com.brewski.application.identity;

import com.brewski.application.testing.IdentityFixture;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.RateLimited;
import com.brewski.domain.shared.Unauthenticated;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInTest {
    private final IdentityFixture f = new IdentityFixture();

    @Test
    void register_creates_a_user_and_a_session() {
        AuthSession session = f.signIn.register("Ann@Lantern.example", "correct horse", "Ann", "10.0.0.1");
        assertThat(session.user().email().value()).isEqualTo("ann@lantern.example");
        assertThat(session.expiresAt()).isEqualTo(f.clock.instant().plus(f.policy.accessTokenTtl()));
        assertThat(f.signIn.authenticate(session.accessToken()).userId()).isEqualTo(session.user().id());
    }

    @Test
    void tokens_are_stored_only_as_hashes() {
        AuthSession session = f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        assertThat(f.sessions.byAccessHash(session.accessToken())).isEmpty();
        assertThat(f.users.byId(session.user().id()).orElseThrow().passwordHash().orElseThrow()).doesNotContain("correct horse");
    }

    @Test
    void registering_an_email_that_has_a_password_is_a_conflict() {
        f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        assertThatThrownBy(() -> f.signIn.register("ANN@lantern.example", "another pass", "Ann", "10.0.0.1"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void a_user_added_by_email_completes_registration_later() {
        AuthSession owner = f.signIn.register("owner@lantern.example", "correct horse", "Owner", "10.0.0.1");
        Caller caller = f.signIn.authenticate(owner.accessToken());
        var team = f.manageTeams.create(caller, "Lantern", TeamChanges.none()).team();
        f.manageTeams.add(caller, team.id(), "brewer@lantern.example", com.brewski.domain.identity.TeamRole.MEMBER);

        AuthSession brewer = f.signIn.register("brewer@lantern.example", "brew brew brew", "Bea", "10.0.0.1");
        assertThat(brewer.user().name()).isEqualTo("Bea");
        assertThat(f.profile.me(f.signIn.authenticate(brewer.accessToken())).memberships())
                .extracting(Memberships.TeamMembershipView::teamName).containsExactly("Lantern");
    }

    @Test
    void login_answers_the_same_401_for_a_wrong_password_and_an_unknown_email() {
        f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        assertThatThrownBy(() -> f.signIn.login("ann@lantern.example", "wrong horse", "10.0.0.2"))
                .isInstanceOf(Unauthenticated.class).hasMessage("invalid email or password");
        assertThatThrownBy(() -> f.signIn.login("nobody@lantern.example", "wrong horse", "10.0.0.2"))
                .isInstanceOf(Unauthenticated.class).hasMessage("invalid email or password");
        assertThat(f.signIn.login("ANN@lantern.example", "correct horse", "10.0.0.2").user().name()).isEqualTo("Ann");
    }

    @Test
    void login_is_throttled_per_email() {
        f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        for (int i = 0; i < f.policy.loginAttemptsPerEmail(); i++) {
            String address = "10.0.1." + i;
            assertThatThrownBy(() -> f.signIn.login("ann@lantern.example", "guess guess", address))
                    .isInstanceOf(Unauthenticated.class);
        }
        assertThatThrownBy(() -> f.signIn.login("ann@lantern.example", "correct horse", "10.0.2.1"))
                .isInstanceOf(RateLimited.class);
        f.clock.advance(f.policy.loginWindow().plusSeconds(1));
        assertThat(f.signIn.login("ann@lantern.example", "correct horse", "10.0.2.1")).isNotNull();
    }

    @Test
    void login_is_throttled_per_address() {
        for (int i = 0; i < f.policy.loginAttemptsPerAddress(); i++) {
            String email = "user" + i + "@lantern.example";
            assertThatThrownBy(() -> f.signIn.login(email, "guess guess", "10.9.9.9")).isInstanceOf(Unauthenticated.class);
        }
        assertThatThrownBy(() -> f.signIn.login("fresh@lantern.example", "guess guess", "10.9.9.9"))
                .isInstanceOf(RateLimited.class)
                .satisfies(e -> assertThat(((RateLimited) e).retryAfter()).isPositive());
    }

    @Test
    void refresh_rotates_and_a_reused_refresh_token_revokes_the_family() {
        AuthSession first = f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        AuthSession second = f.signIn.refresh(first.refreshToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> f.signIn.authenticate(first.accessToken())).isInstanceOf(Unauthenticated.class);

        assertThatThrownBy(() -> f.signIn.refresh(first.refreshToken())).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> f.signIn.authenticate(second.accessToken())).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> f.signIn.refresh(second.refreshToken())).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void access_tokens_expire() {
        AuthSession session = f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        f.clock.advance(f.policy.accessTokenTtl());
        assertThatThrownBy(() -> f.signIn.authenticate(session.accessToken())).isInstanceOf(Unauthenticated.class);
        assertThat(f.signIn.refresh(session.refreshToken())).isNotNull();
        f.clock.advance(f.policy.refreshTokenTtl().plus(Duration.ofMinutes(1)));
    }

    @Test
    void refresh_tokens_expire() {
        AuthSession session = f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        f.clock.advance(f.policy.refreshTokenTtl());
        assertThatThrownBy(() -> f.signIn.refresh(session.refreshToken())).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void logout_ends_the_session_and_is_idempotent() {
        AuthSession session = f.signIn.register("ann@lantern.example", "correct horse", "Ann", "10.0.0.1");
        f.signIn.logout(session.accessToken(), session.refreshToken());
        f.signIn.logout(session.accessToken(), session.refreshToken());
        f.signIn.logout(null, null);
        assertThatThrownBy(() -> f.signIn.authenticate(session.accessToken())).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> f.signIn.refresh(session.refreshToken())).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void bad_input_names_the_field() {
        assertThatThrownBy(() -> f.signIn.register("nope", "correct horse", "Ann", "x"))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> f.signIn.register("ann@lantern.example", "short", "Ann", "x"))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("password"));
        assertThatThrownBy(() -> f.signIn.register("ann@lantern.example", "correct horse", "  ", "x"))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> f.signIn.refresh(null))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("refreshToken"));
    }
}
