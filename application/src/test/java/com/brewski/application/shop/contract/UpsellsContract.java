package com.brewski.application.shop.contract;

import com.brewski.application.shared.Transactions;
import com.brewski.application.shop.Upsells;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shop.CouplerType;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellDetails;
import com.brewski.domain.shop.UpsellImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Upsells} implementation promises. One store serves the class; each test makes its own upsells. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UpsellsContract {
    private static final Instant T0 = Instant.parse("2025-07-25T10:30:00.123456Z");

    /** The port and its transactions, over an empty store. */
    public record Ports(Upsells upsells, Transactions transactions) {}

    protected abstract Ports createPorts();

    private Ports ports;

    @BeforeAll
    final void open() {
        ports = createPorts();
    }

    private Upsells upsells() {
        return ports.upsells();
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Upsell upsell(String name, int order, boolean active) {
        UpsellDetails details = new UpsellDetails(UpsellDetails.slugOfName(name), name, "A coupler", 12_900L, "£",
                CouplerType.KEYKEG, active, order);
        return Upsell.create(UUID.randomUUID(), details, T0);
    }

    @Test
    void an_upsell_round_trips_with_every_field_and_its_images_in_upload_order() {
        Upsell u = upsell(unique("Coupler"), 3, true);
        tx(() -> { upsells().insert(u); return null; });
        u.addImage(UUID.randomUUID(), false, T0.plusSeconds(1));
        u.addImage(UUID.randomUUID(), true, T0.plusSeconds(2));
        tx(() -> { upsells().update(u); return null; });

        Upsell found = tx(() -> upsells().byId(u.id())).orElseThrow();
        assertThat(found.details()).isEqualTo(u.details());
        assertThat(found.images()).isEqualTo(u.images());
        assertThat(found.defaultImage()).isEqualTo(u.defaultImage());
        assertThat(found.createdAt()).isEqualTo(T0);
    }

    @Test
    void updates_bring_images_in_line_removed_added_and_the_default_moved() {
        Upsell u = upsell(unique("Moving"), 0, true);
        tx(() -> { upsells().insert(u); return null; });
        UpsellImage a = u.addImage(UUID.randomUUID(), false, T0.plusSeconds(1));
        UpsellImage b = u.addImage(UUID.randomUUID(), false, T0.plusSeconds(2));
        tx(() -> { upsells().update(u); return null; });

        Upsell locked = tx(() -> upsells().byIdForUpdate(u.id())).orElseThrow();
        locked.makeDefault(b.id(), T0.plusSeconds(3));
        UpsellImage c = locked.addImage(UUID.randomUUID(), true, T0.plusSeconds(4));
        locked.removeImage(a.id(), T0.plusSeconds(5));
        tx(() -> { upsells().update(locked); return null; });

        Upsell found = tx(() -> upsells().byId(u.id())).orElseThrow();
        assertThat(found.images()).extracting(UpsellImage::id).containsExactly(b.id(), c.id());
        assertThat(found.defaultImage().orElseThrow().id()).isEqualTo(c.id());
        assertThat(found.images().stream().filter(UpsellImage::isDefault)).hasSize(1);
    }

    @Test
    void the_list_orders_by_display_order_then_name_and_skips_inactive_ones_unless_asked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Upsell b = upsell("B " + tag, -100, true);
        Upsell a = upsell("A " + tag, -100, true);
        Upsell hidden = upsell("C " + tag, -101, false);
        tx(() -> { upsells().insert(b); upsells().insert(a); upsells().insert(hidden); return null; });

        assertThat(names(tx(() -> upsells().list(false)), tag)).containsExactly("A " + tag, "B " + tag);
        assertThat(names(tx(() -> upsells().list(true)), tag)).containsExactly("C " + tag, "A " + tag, "B " + tag);
    }

    private static List<String> names(List<Upsell> list, String tag) {
        return list.stream().map(u -> u.details().name()).filter(n -> n.endsWith(tag)).toList();
    }

    @Test
    void a_slug_is_held_by_one_upsell() {
        Upsell first = upsell(unique("Slugged"), 0, true);
        tx(() -> { upsells().insert(first); return null; });
        assertThat(tx(() -> upsells().slugTaken(first.details().slug(), UUID.randomUUID()))).isTrue();
        assertThat(tx(() -> upsells().slugTaken(first.details().slug(), first.id()))).isFalse();

        Upsell twin = Upsell.create(UUID.randomUUID(), first.details(), T0);
        assertThatThrownBy(() -> tx(() -> { upsells().insert(twin); return null; }))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).contains("UPSELL_SLUG_TAKEN"));
        assertThat(tx(() -> upsells().byId(twin.id()))).isEmpty();
    }

    @Test
    void a_deleted_upsell_is_gone_with_its_images() {
        Upsell u = upsell(unique("Gone"), 0, true);
        tx(() -> { upsells().insert(u); return null; });
        u.addImage(UUID.randomUUID(), false, T0);
        tx(() -> { upsells().update(u); upsells().delete(u.id()); return null; });
        assertThat(tx(() -> upsells().byId(u.id()))).isEmpty();
    }
}
