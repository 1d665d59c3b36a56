package com.brewski.application.identity;

import com.brewski.application.shared.Images;
import com.brewski.application.shared.Transactions;
import com.brewski.application.testing.IdentityFixture;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.Unavailable;
import com.brewski.domain.shared.UnsupportedMedia;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageTeamLogoTest {
    private final IdentityFixture f = new IdentityFixture();
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final FakeImages images = new FakeImages();
    private final ManageTeamLogo logos = new ManageTeamLogo(f.teams, f.access, objects, images, f.transactions, f.clock, f.ids);
    private final Caller owner = caller("owner@lantern.example");
    private final Team team = f.manageTeams.create(owner, "Lantern Brewery", TeamChanges.none()).team();

    private Caller caller(String email) {
        return f.signIn.authenticate(f.signIn.register(email, "correct horse", "Someone", "10.0.0.1").accessToken());
    }

    /** "Decodes" uploads that start with "img": answers "png:" + the upload; anything else is unsupported. */
    static final class FakeImages implements Images {
        final List<Integer> maxSides = new ArrayList<>();

        @Override
        public Png toPng(byte[] upload, int maxSide) {
            maxSides.add(maxSide);
            String text = new String(upload, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("img")) throw new UnsupportedMedia("image must be a JPEG, PNG or WebP file");
            return new Png(("png:" + text).getBytes(StandardCharsets.ISO_8859_1), ImageType.JPEG, 10, 10);
        }

        @Override
        public SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides) {
            throw new UnsupportedOperationException("logos are PNGs");
        }

        @Override
        public Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels) {
            throw new UnsupportedOperationException("logos are PNGs");
        }

        @Override
        public Inspected inspect(byte[] upload, long maxPixels) {
            throw new UnsupportedOperationException("logos are PNGs");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void owners_upload_a_logo_stored_as_a_png_under_a_key_of_its_own() {
        Team updated = logos.upload(owner, team.id(), bytes("img-one"));

        String key = updated.logoKey().orElseThrow();
        assertThat(key).startsWith("logos/" + team.id().value() + "/").endsWith(".png");
        assertThat(objects.get(key).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(new String(objects.get(key).orElseThrow().content())).isEqualTo("png:img-one");
        assertThat(images.maxSides).containsExactly(600);
        assertThat(f.teams.byId(team.id()).orElseThrow().logoKey()).contains(key);
        ManageTeamLogo.Logo logo = logos.get(owner, team.id());
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(new String(logo.content())).isEqualTo("png:img-one");
    }

    @Test
    void a_new_logo_replaces_the_previous_object() {
        String first = logos.upload(owner, team.id(), bytes("img-one")).logoKey().orElseThrow();
        String second = logos.upload(owner, team.id(), bytes("img-two")).logoKey().orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(objects.contains(first)).isFalse();
        assertThat(objects.all()).containsOnlyKeys(second);
    }

    @Test
    void members_read_the_logo_but_only_owners_and_admins_change_it() {
        logos.upload(owner, team.id(), bytes("img-one"));
        Caller member = caller("member@lantern.example");
        f.manageTeams.add(owner, team.id(), "member@lantern.example", TeamRole.MEMBER);
        Caller outsider = caller("other@hop.example");

        assertThat(new String(logos.get(member, team.id()).content())).isEqualTo("png:img-one");
        assertThatThrownBy(() -> logos.upload(member, team.id(), bytes("img-two"))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> logos.remove(member, team.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> logos.get(outsider, team.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> logos.upload(outsider, team.id(), bytes("img-two"))).isInstanceOf(Forbidden.class);
        assertThat(images.maxSides).hasSize(1);
    }

    @Test
    void an_upload_over_five_megabytes_is_refused_before_it_is_decoded() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> logos.upload(owner, team.id(), big)).isInstanceOf(PayloadTooLarge.class);
        assertThat(images.maxSides).isEmpty();
        assertThat(objects.all()).isEmpty();
    }

    @Test
    void an_upload_that_is_not_an_image_changes_nothing() {
        assertThatThrownBy(() -> logos.upload(owner, team.id(), bytes("%PDF-1.7"))).isInstanceOf(UnsupportedMedia.class);
        assertThat(objects.all()).isEmpty();
        assertThat(f.teams.byId(team.id()).orElseThrow().logoKey()).isEmpty();
    }

    @Test
    void a_storage_failure_is_unavailable_and_keeps_the_previous_logo() {
        String first = logos.upload(owner, team.id(), bytes("img-one")).logoKey().orElseThrow();
        objects.failPuts(true);

        assertThatThrownBy(() -> logos.upload(owner, team.id(), bytes("img-two"))).isInstanceOf(Unavailable.class);

        assertThat(f.teams.byId(team.id()).orElseThrow().logoKey()).contains(first);
        assertThat(objects.contains(first)).isTrue();
    }

    @Test
    void removing_the_logo_clears_it_and_deletes_the_object() {
        String key = logos.upload(owner, team.id(), bytes("img-one")).logoKey().orElseThrow();

        Team cleared = logos.remove(owner, team.id());

        assertThat(cleared.logoKey()).isEmpty();
        assertThat(objects.contains(key)).isFalse();
        assertThatThrownBy(() -> logos.get(owner, team.id())).isInstanceOf(NotFound.class).hasMessage("Logo not found");
        assertThat(logos.remove(owner, team.id()).logoKey()).isEmpty();
    }

    @Test
    void a_failed_delete_of_the_replaced_object_does_not_undo_the_change() {
        logos.upload(owner, team.id(), bytes("img-one"));
        objects.failDeletes(true);
        Team cleared = logos.remove(owner, team.id());
        assertThat(cleared.logoKey()).isEmpty();
        assertThat(f.teams.byId(team.id()).orElseThrow().logoKey()).isEmpty();
    }

    @Test
    void when_the_team_cannot_be_saved_the_new_object_is_deleted_again() {
        String first = logos.upload(owner, team.id(), bytes("img-one")).logoKey().orElseThrow();
        Transactions rollingBack = new Transactions() {
            private final java.util.List<Runnable> undo = new ArrayList<>();

            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                undo.clear();
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    undo.forEach(Runnable::run);
                    throw e;
                }
            }

            @Override
            public void afterRollback(Runnable work) {
                undo.add(work);
            }
        };
        Teams failingSave = new Teams() {
            @Override public java.util.Optional<Team> byId(com.brewski.domain.identity.TeamId id) { return f.teams.byId(id); }
            @Override public java.util.Optional<Team> byIdForUpdate(com.brewski.domain.identity.TeamId id) {
                return f.teams.byId(id).map(t -> Team.restore(t.id(), t.isPlatform(), t.settings(), t.publicSlug(), t.logoKey().orElse(null),
                        t.createdAt(), t.updatedAt()));
            }
            @Override public com.brewski.domain.identity.TeamId platformTeamId() { return f.teams.platformTeamId(); }
            @Override public java.util.List<com.brewski.domain.identity.PublicSlug> slugsLike(com.brewski.domain.identity.PublicSlug base) {
                return f.teams.slugsLike(base);
            }
            @Override public java.util.Optional<com.brewski.domain.identity.TeamId> holderOf(com.brewski.domain.identity.PublicSlug slug) {
                return f.teams.holderOf(slug);
            }
            @Override public void insert(Team t) { f.teams.insert(t); }
            @Override public void update(Team t) { throw new IllegalStateException("database went away"); }
        };
        ManageTeamLogo failing = new ManageTeamLogo(failingSave, f.access, objects, images, rollingBack, f.clock, f.ids);

        assertThatThrownBy(() -> failing.upload(owner, team.id(), bytes("img-two"))).isInstanceOf(IllegalStateException.class);

        assertThat(objects.all()).containsOnlyKeys(first);
        assertThat(f.teams.byId(team.id()).orElseThrow().logoKey()).contains(first);
    }
}
