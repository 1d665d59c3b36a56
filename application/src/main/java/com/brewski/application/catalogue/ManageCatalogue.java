package com.brewski.application.catalogue;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Sort;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A team's containers, beers (with manual stock) and multipacks. Members read; owners and admins
 * write. Also seeds a new team's default containers and default pricebook.
 */
public final class ManageCatalogue implements ManageTeams.TeamSetUp {
    private final Containers containers;
    private final Beers beers;
    private final Multipacks multipacks;
    private final Pricebooks pricebooks;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageCatalogue(Containers containers, Beers beers, Multipacks multipacks, Pricebooks pricebooks,
                           TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this.containers = containers;
        this.beers = beers;
        this.multipacks = multipacks;
        this.pricebooks = pricebooks;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void setUp(Team team, Instant now) {
        containers.insertAll(Container.defaults(team.id(), ids::newId, now));
        pricebooks.insert(new Pricebook(ids.newId(), team.id(), Pricebook.DEFAULT_NAME, true, now, now));
    }

    // ---- containers

    public record ContainerView(Container container, long effectiveDepositMinor) {}

    public record NewContainer(TeamId teamId, String name, ContainerType containerType, Integer volumeMl,
                               Integer defaultBbeMonths, Boolean isReturnable, Long depositMinor) {}

    public record ContainerChange(Patch<String> name, Patch<ContainerType> containerType, Patch<Integer> volumeMl,
                                  Patch<Integer> defaultBbeMonths, Patch<Boolean> isReturnable, Patch<Long> depositMinor) {}

    public Page<ContainerView> containers(Caller caller, TeamId teamId, Sort sort, PageRequest page) {
        return transactions.inTransaction(() -> {
            Team team = access.requireMember(caller, teamId);
            return containers.list(teamId, sort, page).map(c -> new ContainerView(c, c.effectiveDepositMinor(team.settings())));
        });
    }

    public ContainerView createContainer(Caller caller, NewContainer input) {
        return transactions.inTransaction(() -> {
            Team team = access.requireManager(caller, input.teamId());
            if (input.containerType() == null) throw new InvalidField("containerType", "containerType is required");
            if (input.volumeMl() == null) throw new InvalidField("volumeMl", "volumeMl is required");
            Instant now = clock.instant();
            Container container = new Container(ids.newId(), team.id(), input.name(), input.containerType(), input.volumeMl(),
                    input.defaultBbeMonths() == null ? 0 : input.defaultBbeMonths(), false,
                    input.isReturnable() != null ? input.isReturnable() : input.containerType().returnableByDefault(),
                    input.depositMinor(), now, now);
            containers.insertAll(List.of(container));
            return new ContainerView(container, container.effectiveDepositMinor(team.settings()));
        });
    }

    public ContainerView changeContainer(Caller caller, UUID containerId, ContainerChange change) {
        return transactions.inTransaction(() -> {
            Container current = containers.byId(containerId).orElseThrow(() -> new NotFound("Container not found"));
            Team team = access.requireManager(caller, current.teamId());
            Container changed = new Container(current.id(), current.teamId(),
                    change.name().orElse(current.name()),
                    required("containerType", change.containerType().orElse(current.containerType())),
                    required("volumeMl", change.volumeMl().orElse(current.volumeMl())),
                    required("defaultBbeMonths", change.defaultBbeMonths().orElse(current.defaultBbeMonths())),
                    current.isDefault(),
                    required("isReturnable", change.isReturnable().orElse(current.isReturnable())),
                    change.depositMinor().orElse(current.depositMinor()),
                    current.createdAt(), clock.instant());
            containers.update(changed);
            return new ContainerView(changed, changed.effectiveDepositMinor(team.settings()));
        });
    }

    public void deleteContainer(Caller caller, UUID containerId) {
        transactions.run(() -> {
            Container current = containers.byId(containerId).orElseThrow(() -> new NotFound("Container not found"));
            access.requireManager(caller, current.teamId());
            if (!containers.deleteIfUnused(containerId))
                throw new Conflict("Container is used by a price, stock level, multipack or order");
        });
    }

    public int removeUnusedContainers(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            return containers.deleteUnused(teamId);
        });
    }

    // ---- beers

    public record BeerView(Beer beer, List<Beers.StockLevel> stock) {}

    public record NewBeer(TeamId teamId, String name, String style, BigDecimal targetAbv, String colorHex,
                          boolean showPublic, InventoryMode inventoryMode) {}

    public record BeerChange(Patch<String> name, Patch<String> style, Patch<BeerState> state, Patch<BigDecimal> targetAbv,
                             Patch<String> colorHex, Patch<Boolean> showPublic) {}

    public Page<BeerView> beers(Caller caller, TeamId teamId, Sort sort, PageRequest page) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            Page<Beer> found = beers.list(teamId, sort, page);
            List<Beers.StockLevel> levels = beers.stock(found.results().stream().map(Beer::id).toList());
            return found.map(b -> new BeerView(b, levels.stream().filter(l -> l.beerId().equals(b.id())).toList()));
        });
    }

    public BeerView beer(Caller caller, UUID beerId) {
        return transactions.inTransaction(() -> {
            Beer beer = beers.byId(beerId).orElseThrow(() -> new NotFound("Beer not found"));
            access.requireMembership(caller, beer.teamId());
            return new BeerView(beer, beers.stock(beerId));
        });
    }

    public BeerView createBeer(Caller caller, NewBeer input) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, input.teamId());
            if (input.inventoryMode() == null) throw new InvalidField("inventoryMode", "inventoryMode is required");
            Instant now = clock.instant();
            Beer beer = new Beer(ids.newId(), input.teamId(), input.name(), input.style(), BeerState.ACTIVE,
                    input.targetAbv(), input.colorHex(), input.showPublic(), input.inventoryMode(), now, now);
            beers.insert(beer);
            return new BeerView(beer, List.of());
        });
    }

    public BeerView changeBeer(Caller caller, UUID beerId, BeerChange change) {
        return transactions.inTransaction(() -> {
            Beer current = beers.byId(beerId).orElseThrow(() -> new NotFound("Beer not found"));
            access.requireManager(caller, current.teamId());
            Beer changed = new Beer(current.id(), current.teamId(), change.name().orElse(current.name()),
                    change.style().orElse(current.style()), required("state", change.state().orElse(current.state())),
                    change.targetAbv().orElse(current.targetAbv()), change.colorHex().orElse(current.colorHex()),
                    required("showPublic", change.showPublic().orElse(current.showPublic())), current.inventoryMode(),
                    current.createdAt(), clock.instant());
            beers.update(changed);
            return new BeerView(changed, beers.stock(beerId));
        });
    }

    /** Sets the counted stock of a manually tracked beer in one of the team's containers. */
    public BeerView setStock(Caller caller, UUID beerId, UUID containerId, BigDecimal quantity) {
        Beer.countedStock(quantity);
        return transactions.inTransaction(() -> {
            Beer beer = beers.byId(beerId).orElseThrow(() -> new NotFound("Beer not found"));
            access.requireManager(caller, beer.teamId());
            if (!beer.tracksStockByHand()) throw new Conflict("Stock of a managed-inventory beer is not counted here");
            containers.byId(containerId).filter(c -> c.teamId().equals(beer.teamId()))
                    .orElseThrow(() -> new InvalidField("containerId", "containerId: Container not found"));
            beers.setStock(beerId, containerId, quantity);
            return new BeerView(beer, beers.stock(beerId));
        });
    }

    // ---- multipacks

    public record NewMultipack(TeamId teamId, String name, Integer packSize, UUID beerId, UUID containerId, Long defaultPriceMinor) {}

    public record MultipackChange(Patch<String> name, Patch<Integer> packSize, Patch<UUID> beerId, Patch<UUID> containerId,
                                  Patch<Long> defaultPriceMinor) {}

    public Page<Multipack> multipacks(Caller caller, TeamId teamId, Sort sort, PageRequest page) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return multipacks.list(teamId, sort, page);
        });
    }

    public Multipack createMultipack(Caller caller, NewMultipack input) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, input.teamId());
            if (input.packSize() == null) throw new InvalidField("packSize", "packSize is required");
            if (input.defaultPriceMinor() == null) throw new InvalidField("defaultPriceMinor", "defaultPriceMinor is required");
            checkComponent(input.teamId(), input.beerId(), input.containerId());
            Instant now = clock.instant();
            Multipack pack = new Multipack(ids.newId(), input.teamId(), input.name(), input.packSize(), input.beerId(),
                    input.containerId(), input.defaultPriceMinor(), now, now);
            multipacks.insert(pack);
            return pack;
        });
    }

    public Multipack changeMultipack(Caller caller, UUID multipackId, MultipackChange change) {
        return transactions.inTransaction(() -> {
            Multipack current = multipacks.byId(multipackId).orElseThrow(() -> new NotFound("Multipack not found"));
            access.requireManager(caller, current.teamId());
            UUID beerId = change.beerId().orElse(current.beerId());
            UUID containerId = change.containerId().orElse(current.containerId());
            checkComponent(current.teamId(), beerId, containerId);
            Multipack changed = new Multipack(current.id(), current.teamId(), change.name().orElse(current.name()),
                    required("packSize", change.packSize().orElse(current.packSize())), beerId, containerId,
                    required("defaultPriceMinor", change.defaultPriceMinor().orElse(current.defaultPriceMinor())),
                    current.createdAt(), clock.instant());
            multipacks.update(changed);
            return changed;
        });
    }

    public void deleteMultipack(Caller caller, UUID multipackId) {
        transactions.run(() -> {
            Multipack current = multipacks.byId(multipackId).orElseThrow(() -> new NotFound("Multipack not found"));
            access.requireManager(caller, current.teamId());
            if (!multipacks.deleteIfUnused(multipackId)) throw new Conflict("Multipack is used by a price or an order");
        });
    }

    private void checkComponent(TeamId teamId, UUID beerId, UUID containerId) {
        if (beerId == null) throw new InvalidField("beerId", "beerId is required");
        if (containerId == null) throw new InvalidField("containerId", "containerId is required");
        beers.byId(beerId).filter(b -> b.teamId().equals(teamId)).orElseThrow(() -> new InvalidField("beerId", "beerId: Beer not found"));
        containers.byId(containerId).filter(c -> c.teamId().equals(teamId))
                .orElseThrow(() -> new InvalidField("containerId", "containerId: Container not found"));
    }

    static <T> T required(String field, T value) {
        if (value == null) throw new InvalidField(field, field + " cannot be null");
        return value;
    }
}
