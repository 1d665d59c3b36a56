package com.brewski.application.identity;

import com.brewski.application.testing.IdentityFixture;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagePlatformAccessTest {
    private final IdentityFixture f = new IdentityFixture();

    @Test
    void the_first_admin_is_created_once_with_su() {
        assertThat(f.platformAccess.ensureAdmin("admin@brewski.example", "admin password")).isTrue();
        assertThat(f.platformAccess.ensureAdmin("admin@brewski.example", "admin password")).isFalse();
        Caller admin = f.signIn.authenticate(f.signIn.login("admin@brewski.example", "admin password", "127.0.0.1").accessToken());
        assertThat(admin.platformRole()).contains(PlatformRole.SU);
        assertThat(f.profile.me(admin).platformAccess()).contains(PlatformRole.SU);
    }

    @Test
    void super_users_grant_and_revoke_support() {
        f.platformAccess.ensureAdmin("admin@brewski.example", "admin password");
        Caller admin = f.signIn.authenticate(f.signIn.login("admin@brewski.example", "admin password", "127.0.0.1").accessToken());
        var helperSession = f.signIn.register("help@brewski.example", "help password", "Help", "127.0.0.1");

        f.platformAccess.grant(admin, "help@brewski.example", PlatformRole.SUPPORT);
        Caller helper = f.signIn.authenticate(helperSession.accessToken());
        assertThat(helper.platformRole()).contains(PlatformRole.SUPPORT);
        assertThatThrownBy(() -> f.platformAccess.grant(helper, "admin@brewski.example", PlatformRole.SUPPORT))
                .isInstanceOf(Forbidden.class);

        f.platformAccess.revoke(admin, helper.userId());
        assertThat(f.signIn.authenticate(helperSession.accessToken()).platformRole()).isEmpty();
        assertThatThrownBy(() -> f.platformAccess.grant(admin, "nobody@brewski.example", PlatformRole.SU))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void ordinary_users_cannot_list_platform_members() {
        Caller someone = f.signIn.authenticate(f.signIn.register("x@hop.example", "correct horse", "X", "1").accessToken());
        assertThatThrownBy(() -> f.platformAccess.members(someone, com.brewski.domain.shared.PageRequest.DEFAULT))
                .isInstanceOf(Forbidden.class);
    }
}
