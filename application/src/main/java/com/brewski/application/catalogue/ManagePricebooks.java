package com.brewski.application.catalogue;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Pricebooks and their items. Listing creates the "Default" pricebook when a team has none;
 * deleting a pricebook moves its clients to the default, which itself cannot be deleted.
 */
public final class ManagePricebooks {
    private final Pricebooks pricebooks;
    private final Beers beers;
    private final Containers containers;
    private final Multipacks multipacks;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManagePricebooks(Pricebooks pricebooks, Beers beers, Containers containers, Multipacks multipacks,
                            TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this.pricebooks = pricebooks;
        this.beers = beers;
        this.containers = containers;
        this.multipacks = multipacks;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record PricebookView(Pricebook pricebook, List<PricebookItem> items) {}

    public record NewItem(UUID beerId, UUID containerId, UUID multipackId, Long priceMinor, BigDecimal discountPercent,
                          Boolean enabled) {}

    public record ItemChange(Patch<Long> priceMinor, Patch<BigDecimal> discountPercent, Patch<Boolean> enabled) {}

    public List<PricebookView> list(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            ensureDefault(teamId);
            List<Pricebook> books = pricebooks.all(teamId);
            List<PricebookItem> items = pricebooks.items(books.stream().map(Pricebook::id).toList());
            return books.stream().map(b -> new PricebookView(b,
                    items.stream().filter(i -> i.pricebookId().equals(b.id())).toList())).toList();
        });
    }

    public PricebookView create(Caller caller, TeamId teamId, String name) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Instant now = clock.instant();
            Pricebook book = new Pricebook(ids.newId(), teamId, name, false, now, now);
            pricebooks.insert(book);
            return new PricebookView(book, List.of());
        });
    }

    public PricebookView rename(Caller caller, UUID pricebookId, String name) {
        return transactions.inTransaction(() -> {
            Pricebook current = managed(caller, pricebookId);
            Pricebook renamed = new Pricebook(current.id(), current.teamId(), name, current.isDefault(), current.createdAt(), clock.instant());
            pricebooks.update(renamed);
            return new PricebookView(renamed, pricebooks.items(List.of(pricebookId)));
        });
    }

    public void delete(Caller caller, UUID pricebookId) {
        transactions.run(() -> {
            Pricebook book = managed(caller, pricebookId);
            if (book.isDefault()) throw new Conflict("The default pricebook cannot be deleted");
            Pricebook fallback = ensureDefault(book.teamId());
            pricebooks.deleteMovingClients(pricebookId, fallback.id());
        });
    }

    public PricebookItem addItem(Caller caller, UUID pricebookId, NewItem input) {
        return transactions.inTransaction(() -> {
            Pricebook book = managed(caller, pricebookId);
            if (input.priceMinor() == null) throw new InvalidField("priceMinor", "priceMinor is required");
            if (input.multipackId() != null) {
                multipacks.byId(input.multipackId()).filter(m -> m.teamId().equals(book.teamId()))
                        .orElseThrow(() -> new InvalidField("multipackId", "multipackId: Multipack not found"));
            }
            if (input.beerId() != null)
                beers.byId(input.beerId()).filter(b -> b.teamId().equals(book.teamId()))
                        .orElseThrow(() -> new InvalidField("beerId", "beerId: Beer not found"));
            if (input.containerId() != null)
                containers.byId(input.containerId()).filter(c -> c.teamId().equals(book.teamId()))
                        .orElseThrow(() -> new InvalidField("containerId", "containerId: Container not found"));
            Instant now = clock.instant();
            PricebookItem item = new PricebookItem(ids.newId(), book.id(), input.beerId(), input.containerId(),
                    input.multipackId(), input.priceMinor(), input.discountPercent(),
                    input.enabled() == null || input.enabled(), now, now);
            pricebooks.insertItem(item);
            return item;
        });
    }

    public PricebookItem changeItem(Caller caller, UUID pricebookId, UUID itemId, ItemChange change) {
        return transactions.inTransaction(() -> {
            managed(caller, pricebookId);
            PricebookItem current = pricebooks.item(itemId).filter(i -> i.pricebookId().equals(pricebookId))
                    .orElseThrow(() -> new NotFound("Pricebook item not found"));
            PricebookItem changed = new PricebookItem(current.id(), current.pricebookId(), current.beerId(),
                    current.containerId(), current.multipackId(),
                    ManageCatalogue.required("priceMinor", change.priceMinor().orElse(current.priceMinor())),
                    change.discountPercent().orElse(current.discountPercent()),
                    ManageCatalogue.required("enabled", change.enabled().orElse(current.enabled())),
                    current.createdAt(), clock.instant());
            pricebooks.updateItem(changed);
            return changed;
        });
    }

    public void deleteItem(Caller caller, UUID pricebookId, UUID itemId) {
        transactions.run(() -> {
            managed(caller, pricebookId);
            pricebooks.item(itemId).filter(i -> i.pricebookId().equals(pricebookId))
                    .orElseThrow(() -> new NotFound("Pricebook item not found"));
            pricebooks.deleteItem(itemId);
        });
    }

    /** The team's default pricebook, created when missing; a racing creator's default is reused. */
    private Pricebook ensureDefault(TeamId teamId) {
        return pricebooks.defaultOf(teamId).orElseGet(() -> {
            Instant now = clock.instant();
            Pricebook created = new Pricebook(ids.newId(), teamId, Pricebook.DEFAULT_NAME, true, now, now);
            try {
                pricebooks.insert(created);
                return created;
            } catch (Conflict raced) {
                return pricebooks.defaultOf(teamId).orElseThrow(() -> raced);
            }
        });
    }

    private Pricebook managed(Caller caller, UUID pricebookId) {
        Pricebook book = pricebooks.byId(pricebookId).orElseThrow(() -> new NotFound("Pricebook not found"));
        access.requireManager(caller, book.teamId());
        return book;
    }
}
