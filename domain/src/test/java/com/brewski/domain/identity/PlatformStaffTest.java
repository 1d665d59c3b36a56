package com.brewski.domain.identity;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformStaffTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final TeamId platform = new TeamId(UUID.randomUUID());
    private final UserId root = new UserId(UUID.randomUUID());
    private final UserId helper = new UserId(UUID.randomUUID());

    private PlatformStaff staffWithRoot() {
        PlatformStaff staff = new PlatformStaff(platform, List.of());
        staff.grant(null, root, PlatformRole.SU, UUID.randomUUID(), NOW);
        return staff;
    }

    @Test
    void super_users_grant_and_revoke_support() {
        PlatformStaff staff = staffWithRoot();
        staff.grant(root, helper, PlatformRole.SUPPORT, UUID.randomUUID(), NOW);
        assertThat(staff.roleOf(helper)).contains(PlatformRole.SUPPORT);
        staff.revoke(root, helper, NOW);
        assertThat(staff.roleOf(helper)).isEmpty();
    }

    @Test
    void support_cannot_grant_access() {
        PlatformStaff staff = staffWithRoot();
        staff.grant(root, helper, PlatformRole.SUPPORT, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> staff.grant(helper, new UserId(UUID.randomUUID()), PlatformRole.SU, UUID.randomUUID(), NOW))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void the_last_super_user_cannot_be_revoked_or_demoted() {
        PlatformStaff staff = staffWithRoot();
        assertThatThrownBy(() -> staff.revoke(root, root, NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> staff.grant(root, root, PlatformRole.SUPPORT, UUID.randomUUID(), NOW)).isInstanceOf(Conflict.class);
    }
}
