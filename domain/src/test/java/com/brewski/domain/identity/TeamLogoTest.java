package com.brewski.domain.identity;

import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamLogoTest {

    @Test
    void uploads_up_to_five_megabytes_are_accepted() {
        assertThatCode(() -> TeamLogo.checkUpload(5L * 1024 * 1024)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TeamLogo.checkUpload(5L * 1024 * 1024 + 1))
                .isInstanceOf(PayloadTooLarge.class).hasMessage("image must be at most 5 MB");
    }

    @Test
    void an_empty_upload_is_not_an_image() {
        assertThatThrownBy(() -> TeamLogo.checkUpload(0)).isInstanceOf(UnsupportedMedia.class);
    }

    @Test
    void every_upload_gets_a_key_of_its_own_under_the_team() {
        TeamId team = new TeamId(UUID.randomUUID());
        UUID version = UUID.randomUUID();
        assertThat(TeamLogo.keyFor(team, version)).isEqualTo("logos/" + team.value() + "/" + version + ".png");
    }
}
