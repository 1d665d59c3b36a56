package com.brewski.adapters.http.security;

import com.brewski.domain.identity.Password;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void the_hash_is_a_bcrypt_string_that_does_not_contain_the_password() {
        String hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash).startsWith("$2b$04$").hasSize(60).doesNotContain("correct horse battery");
    }

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        String hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hasher.matches(new Password("correct horse battery"), hash)).isTrue();
        assertThat(hasher.matches(new Password("correct horse batterY"), hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        Password password = new Password("correct horse battery");

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void every_byte_of_a_password_longer_than_72_bytes_counts() {
        String common = "p".repeat(100);
        Password first = new Password(common + "-first");
        Password second = new Password(common + "-second");

        String hash = hasher.hash(first);

        assertThat(hasher.matches(first, hash)).isTrue();
        assertThat(hasher.matches(second, hash)).isFalse();
    }

    @Test
    void non_ascii_passwords_round_trip() {
        Password password = new Password("pässwörd-ünïcode-密码-".repeat(5));

        assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
    }

    @Test
    void a_malformed_or_foreign_hash_never_matches() {
        Password password = new Password("correct horse battery");

        assertThat(hasher.matches(password, "fake$yrettab esroh tcerroc")).isFalse();
        assertThat(hasher.matches(password, "")).isFalse();
        assertThat(hasher.matches(password, null)).isFalse();
        assertThat(hasher.matches(password, "$2b$04$tooShort")).isFalse();
    }

    @Test
    void the_cost_is_used_and_checked() {
        assertThat(new BcryptPasswordHasher(5).hash(new Password("correct horse battery"))).startsWith("$2b$05$");
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
