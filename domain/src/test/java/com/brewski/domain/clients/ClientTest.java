package com.brewski.domain.clients;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTest {
    @Test
    void postcodes_are_upper_case_with_one_space_before_the_inward_code() {
        assertThat(new Address(null, null, null, null, "bs14dj", null).postcode()).isEqualTo("BS1 4DJ");
        assertThat(new Address(null, null, null, null, " sw1a  1aa ", null).postcode()).isEqualTo("SW1A 1AA");
        assertThat(new Address(null, null, null, null, "75001", null).postcode()).isEqualTo("75001");
    }

    @Test
    void phones_keep_digits_and_a_leading_plus() {
        assertThat(Phone.normalise("+44 (0)117 496-0000")).isEqualTo("+4401174960000");
        assertThat(Phone.normalise("  ")).isNull();
        assertThatThrownBy(() -> Phone.normalise("call me")).isInstanceOf(InvalidField.class).hasMessageContaining("contactPhone");
        assertThatThrownBy(() -> Phone.normalise("123")).isInstanceOf(InvalidField.class);
    }

    @Test
    void awrs_and_email_are_normalised() {
        assertThat(Client.normaliseAwrs(" xaw  0000 123 ").value()).isEqualTo("XAW 0000 123");
        assertThat(Client.normaliseEmail(" Bar@Lantern.Example ").value()).isEqualTo("bar@lantern.example");
        assertThatThrownBy(() -> Client.normaliseEmail("nope")).isInstanceOf(InvalidField.class).hasMessageContaining("contactEmail");
        assertThatThrownBy(() -> Client.normaliseAwrs("XAW_123")).isInstanceOf(InvalidField.class).hasMessageContaining("awrsNumber");
    }

    @Test
    void a_client_needs_a_name_and_an_empty_billing_address_is_none() {
        Instant now = Instant.now();
        TeamId team = new TeamId(UUID.randomUUID());
        assertThatThrownBy(() -> new Client(UUID.randomUUID(), team, " ", null, null, null, null, null, null, null, now, now))
                .isInstanceOf(InvalidField.class).hasMessageContaining("name");
        Client client = new Client(UUID.randomUUID(), team, "Lantern Taproom", null, null, null, Address.EMPTY, null, null, null, now, now);
        assertThat(client.billingAddress()).isNull();
        assertThat(client.address()).isEqualTo(Address.EMPTY);
    }
}
