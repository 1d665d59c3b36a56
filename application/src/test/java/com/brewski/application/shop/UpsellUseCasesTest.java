package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Images;
import com.brewski.application.testing.InMemoryNavigationItems;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.application.testing.InMemoryUpsells;
import com.brewski.application.testing.MutableClock;
import com.brewski.application.testing.SequentialIds;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shop.NavigationKey;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellImage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upsell and navigation use cases on in-memory ports, with a stand-in image pipeline. */
class UpsellUseCasesTest {
    private final InMemoryUpsells upsells = new InMemoryUpsells();
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final MutableClock clock = MutableClock.at("2025-07-25T10:30:00Z");
    private final SequentialIds ids = new SequentialIds();
    private final Caller staff = new Caller(new UserId(UUID.randomUUID()), new Email("staff@brewski.example"), UUID.randomUUID(),
            Optional.of(PlatformRole.SUPPORT));
    private final Caller brewer = new Caller(new UserId(UUID.randomUUID()), new Email("brewer@brewski.example"), UUID.randomUUID(),
            Optional.empty());

    /** Answers one marker byte per side. */
    private final Images images = new Images() {
        @Override public Png toPng(byte[] upload, int maxSide) { throw new UnsupportedOperationException(); }
        @Override public SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides) {
            return new SquareSet(java.util.Arrays.stream(sides).mapToObj(s -> new Square(s, new byte[]{(byte) s})).toList());
        }
        @Override public Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels) { throw new UnsupportedOperationException(); }
        @Override public Inspected inspect(byte[] upload, long maxPixels) { return new Inspected(ImageType.PNG, 1, 1); }
    };

    private final CreateUpsell create = new CreateUpsell(upsells, tx, clock, ids);
    private final UploadUpsellImage upload = new UploadUpsellImage(upsells, images, objects, tx, clock, ids);
    private final DeleteUpsellImage deleteImage = new DeleteUpsellImage(upsells, objects, tx, clock);
    private final DeleteUpsell delete = new DeleteUpsell(upsells, objects, tx);

    private Upsell coupler() {
        return create.create(staff, new UpsellChange(Patch.set("Coupler"), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()));
    }

    @Test
    void an_upload_stores_both_squares_under_the_upsell_prefix_and_deleting_removes_them() {
        Upsell u = coupler();
        Upsell withImage = upload.upload(staff, u.id(), new byte[]{1, 2, 3}, false);
        UpsellImage image = withImage.images().getFirst();
        assertThat(image.isDefault()).isTrue();
        assertThat(objects.get(image.mainKey()).orElseThrow().content()).containsExactly((byte) UpsellImage.MAIN_SIDE);
        assertThat(objects.get(image.iconKey()).orElseThrow().contentType()).isEqualTo("image/webp");

        UpsellImage second = upload.upload(staff, u.id(), new byte[]{1}, false).images().get(1);
        Upsell after = deleteImage.delete(staff, u.id(), image.id());
        assertThat(after.defaultImage().orElseThrow().id()).isEqualTo(second.id());
        assertThat(objects.get(image.mainKey())).isEmpty();
        assertThat(objects.get(image.iconKey())).isEmpty();

        delete.delete(staff, u.id());
        assertThat(objects.get(second.mainKey())).isEmpty();
        assertThat(upsells.byId(u.id())).isEmpty();
    }

    @Test
    void only_platform_staff_manage_upsells() {
        Upsell u = coupler();
        assertThatThrownBy(() -> upload.upload(brewer, u.id(), new byte[]{1}, false)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> new ListUpsells(upsells, tx).list(brewer, true)).isInstanceOf(Forbidden.class);
        assertThat(new ListUpsells(upsells, tx).list(staff, true)).hasSize(1);
    }

    @Test
    void the_navigation_list_seeds_the_known_toggles_once_and_the_public_view_hides_disabled_ones() {
        InMemoryNavigationItems items = new InMemoryNavigationItems();
        ListNavigation list = new ListNavigation(items, tx, clock, ids);
        assertThat(list.list(staff)).hasSize(NavigationKey.KNOWN.size());
        assertThat(list.list(staff)).hasSize(NavigationKey.KNOWN.size());
        UUID basket = list.list(staff).stream().filter(i -> i.key().item().equals("basket")).findFirst().orElseThrow().id();

        new ToggleNavigationItem(items, tx, clock).toggle(staff, basket, false);

        assertThat(new ReadPublicNavigation(items, tx).enabled())
                .containsEntry("menu.top", List.of("home", "shop", "breweries", "groups", "account"));
    }
}
