package com.brewski.application.catalogue;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.clients.Client;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagePricebooksTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
    private final UUID keg = f.container(teamId, ContainerType.KEG).id();

    private ManagePricebooks.NewItem palePrice(long priceMinor) {
        return new ManagePricebooks.NewItem(pale.id(), keg, null, priceMinor, null, null);
    }

    @Test
    void listing_creates_the_default_pricebook_for_a_team_that_has_none() {
        Caller other = f.user("owner@bare.example");
        Team bare = f.identity.manageTeams.create(other, "Bare Brewing", SettingsChanges.none()).team();
        assertThat(f.pricebooks.all(bare.id())).isEmpty();

        var listed = f.managePricebooks.list(other, bare.id());
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.pricebook().name()).isEqualTo("Default");
            assertThat(v.pricebook().isDefault()).isTrue();
        });
        assertThat(f.managePricebooks.list(other, bare.id())).hasSize(1);
    }

    @Test
    void pricebooks_list_oldest_first_with_their_items() {
        var trade = f.managePricebooks.create(owner, teamId, "Trade");
        f.managePricebooks.addItem(owner, trade.pricebook().id(), palePrice(11_000));
        var listed = f.managePricebooks.list(owner, teamId);
        assertThat(listed).extracting(v -> v.pricebook().name()).containsExactly("Default", "Trade");
        assertThat(listed.get(0).items()).isEmpty();
        assertThat(listed.get(1).items()).extracting(PricebookItem::priceMinor).containsExactly(11_000L);
    }

    @Test
    void deleting_a_pricebook_moves_its_clients_to_the_default_which_cannot_be_deleted() {
        UUID trade = f.managePricebooks.create(owner, teamId, "Trade").pricebook().id();
        f.managePricebooks.addItem(owner, trade, palePrice(11_000));
        Client bar = f.client(owner, teamId, "Trade Bar", null, trade);

        f.managePricebooks.delete(owner, trade);
        assertThat(f.clients.byId(bar.id()).orElseThrow().pricebookId()).isEqualTo(f.defaultPricebookId(teamId));
        assertThat(f.pricebooks.byId(trade)).isEmpty();
        assertThat(f.pricebooks.items(java.util.List.of(trade))).isEmpty();

        assertThatThrownBy(() -> f.managePricebooks.delete(owner, f.defaultPricebookId(teamId))).isInstanceOf(Conflict.class);
    }

    @Test
    void a_pricebook_has_one_price_per_beer_and_container() {
        UUID book = f.defaultPricebookId(teamId);
        f.managePricebooks.addItem(owner, book, palePrice(12_000));
        assertThatThrownBy(() -> f.managePricebooks.addItem(owner, book, palePrice(9_000))).isInstanceOf(Conflict.class);
        UUID can = f.container(teamId, ContainerType.CAN).id();
        f.managePricebooks.addItem(owner, book, new ManagePricebooks.NewItem(pale.id(), can, null, 300L, null, null));
        assertThat(f.pricebooks.items(java.util.List.of(book))).extracting(PricebookItem::priceMinor).containsExactly(12_000L, 300L);
    }

    @Test
    void items_name_the_teams_own_beer_container_or_multipack_and_need_a_price() {
        Caller stranger = f.user("owner@hop.example");
        Team hop = f.team(stranger, "Hop Co");
        Beer theirs = f.beer(stranger, hop.id(), "Hop IPA", InventoryMode.MANAGED);
        UUID book = f.defaultPricebookId(teamId);
        assertInvalidField(() -> f.managePricebooks.addItem(owner, book,
                new ManagePricebooks.NewItem(theirs.id(), keg, null, 100L, null, null)), "beerId");
        assertInvalidField(() -> f.managePricebooks.addItem(owner, book,
                new ManagePricebooks.NewItem(pale.id(), f.container(hop.id(), ContainerType.KEG).id(), null, 100L, null, null)),
                "containerId");
        assertInvalidField(() -> f.managePricebooks.addItem(owner, book,
                new ManagePricebooks.NewItem(null, null, UUID.randomUUID(), 100L, null, null)), "multipackId");
        assertInvalidField(() -> f.managePricebooks.addItem(owner, book,
                new ManagePricebooks.NewItem(pale.id(), keg, null, null, null, null)), "priceMinor");
        assertInvalidField(() -> f.managePricebooks.addItem(owner, book,
                new ManagePricebooks.NewItem(pale.id(), keg, null, 100L, new BigDecimal("101"), null)), "discountPercent");
        assertThat(f.pricebooks.items(java.util.List.of(book))).isEmpty();
    }

    @Test
    void items_change_within_their_own_pricebook_only() {
        UUID book = f.defaultPricebookId(teamId);
        UUID trade = f.managePricebooks.create(owner, teamId, "Trade").pricebook().id();
        PricebookItem item = f.managePricebooks.addItem(owner, book, palePrice(12_000));

        PricebookItem changed = f.managePricebooks.changeItem(owner, book, item.id(),
                new ManagePricebooks.ItemChange(Patch.set(11_500L), Patch.set(new BigDecimal("5")), Patch.set(false)));
        assertThat(f.pricebooks.item(item.id()).orElseThrow()).isEqualTo(changed);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.discountPercent()).isEqualByComparingTo("5");

        assertThatThrownBy(() -> f.managePricebooks.changeItem(owner, trade, item.id(),
                new ManagePricebooks.ItemChange(Patch.set(1L), Patch.absent(), Patch.absent()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.managePricebooks.deleteItem(owner, trade, item.id())).isInstanceOf(NotFound.class);
        f.managePricebooks.deleteItem(owner, book, item.id());
        assertThat(f.pricebooks.item(item.id())).isEmpty();
    }

    @Test
    void members_read_pricebooks_owners_and_admins_write_and_other_teams_do_neither() {
        Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
        Caller admin = f.member(owner, teamId, "admin@lantern.example", TeamRole.ADMIN);
        Caller stranger = f.user("owner@hop.example");
        f.team(stranger, "Hop Co");
        UUID book = f.defaultPricebookId(teamId);

        assertThat(f.managePricebooks.list(brewer, teamId)).hasSize(1);
        assertThatThrownBy(() -> f.managePricebooks.create(brewer, teamId, "Mine")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.managePricebooks.addItem(brewer, book, palePrice(1))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.managePricebooks.rename(brewer, book, "Mine")).isInstanceOf(Forbidden.class);
        assertThat(f.managePricebooks.rename(admin, book, "House").pricebook().name()).isEqualTo("House");

        assertThatThrownBy(() -> f.managePricebooks.list(stranger, teamId)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.managePricebooks.addItem(stranger, book, palePrice(1))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.managePricebooks.delete(stranger, book)).isInstanceOf(Forbidden.class);
        assertThat(f.pricebooks.items(java.util.List.of(book))).isEmpty();
    }
}
