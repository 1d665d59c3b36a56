package com.brewski.application.testing;

import com.brewski.application.catalogue.Pricebooks;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pricebooks and their items in maps: one default per team, one item per beer+container or
 * multipack per pricebook. Items refer to containers and multipacks; deleting a pricebook moves its
 * clients, so the clients store comes in the constructor.
 */
public final class InMemoryPricebooks implements Pricebooks, InMemoryStore {
    public static final String SECOND_DEFAULT = "This team already has a default pricebook";
    public static final String DUPLICATE_ITEM = "This pricebook already has a price for that item";

    private final Map<UUID, Pricebook> pricebooks = new ConcurrentHashMap<>();
    private final Map<UUID, PricebookItem> items = new ConcurrentHashMap<>();
    private final InMemoryClients clients;

    public InMemoryPricebooks(InMemoryContainers containers, InMemoryMultipacks multipacks, InMemoryClients clients) {
        this.clients = clients;
        containers.referencedBy(id -> items.values().stream().anyMatch(i -> id.equals(i.containerId())));
        multipacks.referencedBy(id -> items.values().stream().anyMatch(i -> id.equals(i.multipackId())));
    }

    private static final Comparator<Pricebook> OLDEST_FIRST =
            Comparator.comparing(Pricebook::createdAt).thenComparing(Pricebook::id, InMemoryLists.UUID_ORDER);

    @Override
    public List<Pricebook> all(TeamId teamId) {
        return pricebooks.values().stream().filter(p -> p.teamId().equals(teamId)).sorted(OLDEST_FIRST).toList();
    }

    /** By pricebook, then oldest first. */
    @Override
    public List<PricebookItem> items(List<UUID> pricebookIds) {
        return items.values().stream().filter(i -> pricebookIds.contains(i.pricebookId()))
                .sorted(Comparator.comparing(PricebookItem::pricebookId, InMemoryLists.UUID_ORDER)
                        .thenComparing(PricebookItem::createdAt).thenComparing(PricebookItem::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Optional<Pricebook> byId(UUID id) {
        return Optional.ofNullable(pricebooks.get(id));
    }

    @Override
    public Optional<Pricebook> defaultOf(TeamId teamId) {
        return pricebooks.values().stream().filter(p -> p.teamId().equals(teamId) && p.isDefault()).findFirst();
    }

    @Override
    public synchronized void insert(Pricebook pricebook) {
        if (pricebooks.containsKey(pricebook.id())) throw new IllegalStateException("pricebook " + pricebook.id() + " is already stored");
        checkOneDefault(pricebook);
        pricebooks.put(pricebook.id(), pricebook);
    }

    @Override
    public synchronized void update(Pricebook pricebook) {
        if (!pricebooks.containsKey(pricebook.id())) throw new IllegalStateException("pricebook " + pricebook.id() + " is not stored");
        checkOneDefault(pricebook);
        pricebooks.put(pricebook.id(), pricebook);
    }

    private void checkOneDefault(Pricebook pricebook) {
        if (pricebook.isDefault() && defaultOf(pricebook.teamId()).filter(d -> !d.id().equals(pricebook.id())).isPresent())
            throw new Conflict(SECOND_DEFAULT);
    }

    @Override
    public synchronized void deleteMovingClients(UUID pricebookId, UUID toPricebookId) {
        if (pricebookId.equals(toPricebookId)) throw new IllegalArgumentException("cannot move clients to the pricebook being deleted");
        clients.movePricebook(pricebookId, toPricebookId);
        pricebooks.remove(pricebookId);
        items.values().removeIf(i -> i.pricebookId().equals(pricebookId));
    }

    @Override
    public Optional<PricebookItem> item(UUID itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public synchronized void insertItem(PricebookItem item) {
        if (!pricebooks.containsKey(item.pricebookId())) throw new IllegalStateException("pricebook " + item.pricebookId() + " is not stored");
        boolean taken = items.values().stream().anyMatch(i -> i.pricebookId().equals(item.pricebookId())
                && (item.multipackId() != null ? item.multipackId().equals(i.multipackId())
                : i.multipackId() == null && Objects.equals(i.beerId(), item.beerId()) && Objects.equals(i.containerId(), item.containerId())));
        if (taken || items.containsKey(item.id())) throw new Conflict(DUPLICATE_ITEM);
        items.put(item.id(), item);
    }

    /** Price, discount, enabled and update time; what the item prices never changes. */
    @Override
    public void updateItem(PricebookItem item) {
        PricebookItem stored = items.get(item.id());
        if (stored == null) throw new IllegalStateException("pricebook item " + item.id() + " is not stored");
        items.put(item.id(), new PricebookItem(stored.id(), stored.pricebookId(), stored.beerId(), stored.containerId(),
                stored.multipackId(), item.priceMinor(), item.discountPercent(), item.enabled(), stored.createdAt(), item.updatedAt()));
    }

    @Override
    public void deleteItem(UUID itemId) {
        items.remove(itemId);
    }

    @Override
    public Optional<PricebookItem> itemFor(UUID pricebookId, UUID beerId, UUID containerId) {
        return items.values().stream().filter(i -> i.pricebookId().equals(pricebookId) && i.multipackId() == null
                && beerId.equals(i.beerId()) && containerId.equals(i.containerId())).findFirst();
    }

    @Override
    public Optional<PricebookItem> itemForMultipack(UUID pricebookId, UUID multipackId) {
        return items.values().stream().filter(i -> i.pricebookId().equals(pricebookId) && multipackId.equals(i.multipackId()))
                .findFirst();
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Pricebook> booksCopy = new HashMap<>(pricebooks);
        Map<UUID, PricebookItem> itemsCopy = new HashMap<>(items);
        return () -> {
            pricebooks.clear();
            pricebooks.putAll(booksCopy);
            items.clear();
            items.putAll(itemsCopy);
        };
    }
}
