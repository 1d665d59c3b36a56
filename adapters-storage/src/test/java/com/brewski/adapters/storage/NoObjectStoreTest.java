package com.brewski.adapters.storage;

import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoObjectStoreTest {
    private final NoObjectStore store = new NoObjectStore();

    @Test
    void is_not_configured() {
        assertThat(store.configured()).isFalse();
    }

    @Test
    void put_is_unavailable() {
        assertThatThrownBy(() -> store.put("documents/orders/a/b/invoice.pdf", new byte[] {1}, "application/pdf"))
                .isInstanceOf(Unavailable.class)
                .hasMessage("object storage is not configured");
    }

    @Test
    void nothing_is_ever_found_and_delete_is_a_no_op() {
        assertThatCode(() -> store.delete("documents/orders/a/b/invoice.pdf")).doesNotThrowAnyException();
        assertThat(store.get("documents/orders/a/b/invoice.pdf")).isEmpty();
    }

    @Test
    void has_no_public_url() {
        assertThatThrownBy(() -> store.publicUrl("documents/orders/a/b/invoice.pdf"))
                .isInstanceOf(IllegalStateException.class);
    }
}
