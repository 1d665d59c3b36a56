package com.brewski.application.clients;

import com.brewski.application.catalogue.Pricebooks;
import com.brewski.application.deposits.Deposits;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Sort;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.clients.Phone;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team's trade clients and their delivery sites. Members read; owners and admins write. */
public final class ManageClients {
    public static final int MAX_RECENT_DAYS = 365;
    public static final int MAX_SEARCH_LIMIT = 25;

    private final Clients clients;
    private final Pricebooks pricebooks;
    private final Deposits deposits;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageClients(Clients clients, Pricebooks pricebooks, Deposits deposits, TeamAccess access,
                         Transactions transactions, Clock clock, Ids ids) {
        this.clients = clients;
        this.pricebooks = pricebooks;
        this.deposits = deposits;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record ClientView(Client client, List<DeliverySite> deliverySites, DepositBalance deposits) {}

    /** Raw client fields as given (normalised and checked here). */
    public record ClientFields(Patch<String> name, Patch<String> contactEmail, Patch<String> contactPhone,
                               Patch<Address> address, Patch<Address> billingAddress, Patch<String> awrsNumber,
                               Patch<UUID> pricebookId, Patch<String> notes) {}

    public record SiteFields(Patch<String> name, Patch<Address> address, Patch<String> notes) {}

    public Page<Clients.ClientSummary> list(Caller caller, TeamId teamId, Clients.Filter filter, Integer recentDays,
                                            Sort sort, PageRequest page) {
        int days = recentDays == null ? 30 : recentDays;
        if (days < 1 || days > MAX_RECENT_DAYS) throw new InvalidField("recentDays", "recentDays must be between 1 and 365");
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return clients.list(teamId, filter, clock.instant().minus(Duration.ofDays(days)), sort, page);
        });
    }

    public List<Client> search(Caller caller, TeamId teamId, String query, Integer limit) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 2) throw new InvalidField("query", "query must be at least 2 characters");
        if (q.length() > 200) throw new InvalidField("query", "query must be at most 200 characters");
        int max = limit == null ? 10 : limit;
        if (max < 1 || max > MAX_SEARCH_LIMIT) throw new InvalidField("limit", "limit must be between 1 and 25");
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return clients.search(teamId, q, max);
        });
    }

    public ClientView get(Caller caller, UUID clientId) {
        return transactions.inTransaction(() -> {
            Client client = clients.byId(clientId).orElseThrow(ManageClients::notFound);
            access.requireMembership(caller, client.teamId());
            return new ClientView(client, clients.sites(clientId), deposits.balance(client.teamId(), clientId));
        });
    }

    public ClientView create(Caller caller, TeamId teamId, ClientFields fields) {
        if (!fields.name().isPresent()) throw new InvalidField("name", "name is required");
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Instant now = clock.instant();
            UUID pricebookId = fields.pricebookId().orElse(null);
            pricebookId = pricebookId == null ? defaultPricebook(teamId) : checkPricebook(teamId, pricebookId);
            Client client = new Client(ids.newId(), teamId, fields.name().orElse(null),
                    Client.normaliseEmail(fields.contactEmail().orElse(null)),
                    Phone.normalise(fields.contactPhone().orElse(null)),
                    fields.address().orElse(null), fields.billingAddress().orElse(null),
                    Client.normaliseAwrs(fields.awrsNumber().orElse(null)), pricebookId,
                    fields.notes().orElse(null), now, now);
            clients.insert(client);
            return new ClientView(client, List.of(), DepositBalance.ZERO);
        });
    }

    public ClientView update(Caller caller, UUID clientId, ClientFields fields) {
        return transactions.inTransaction(() -> {
            Client current = clients.byId(clientId).orElseThrow(ManageClients::notFound);
            access.requireManager(caller, current.teamId());
            UUID pricebookId = fields.pricebookId().isPresent()
                    ? fields.pricebookId().orElse(null) == null ? defaultPricebook(current.teamId())
                    : checkPricebook(current.teamId(), fields.pricebookId().orElse(null))
                    : current.pricebookId();
            Client changed = new Client(current.id(), current.teamId(), fields.name().orElse(current.name()),
                    fields.contactEmail().isPresent() ? Client.normaliseEmail(fields.contactEmail().orElse(null)) : current.contactEmail(),
                    fields.contactPhone().isPresent() ? Phone.normalise(fields.contactPhone().orElse(null)) : current.contactPhone(),
                    fields.address().orElse(current.address()), fields.billingAddress().orElse(current.billingAddress()),
                    fields.awrsNumber().isPresent() ? Client.normaliseAwrs(fields.awrsNumber().orElse(null)) : current.awrsNumber(),
                    pricebookId, fields.notes().orElse(current.notes()), current.createdAt(), clock.instant());
            clients.update(changed);
            return new ClientView(changed, clients.sites(clientId), deposits.balance(changed.teamId(), clientId));
        });
    }

    public DeliverySite addSite(Caller caller, UUID clientId, SiteFields fields) {
        return transactions.inTransaction(() -> {
            Client client = clients.byId(clientId).orElseThrow(ManageClients::notFound);
            access.requireManager(caller, client.teamId());
            Instant now = clock.instant();
            DeliverySite site = new DeliverySite(ids.newId(), clientId, fields.name().orElse(null),
                    fields.address().orElse(null), fields.notes().orElse(null), now, now);
            clients.insertSite(site);
            return site;
        });
    }

    public DeliverySite changeSite(Caller caller, UUID clientId, UUID siteId, SiteFields fields) {
        return transactions.inTransaction(() -> {
            DeliverySite current = managedSite(caller, clientId, siteId);
            DeliverySite changed = new DeliverySite(current.id(), clientId, fields.name().orElse(current.name()),
                    fields.address().orElse(current.address()), fields.notes().orElse(current.notes()),
                    current.createdAt(), clock.instant());
            clients.updateSite(changed);
            return changed;
        });
    }

    public void deleteSite(Caller caller, UUID clientId, UUID siteId) {
        transactions.run(() -> {
            managedSite(caller, clientId, siteId);
            clients.deleteSite(siteId);
        });
    }

    private DeliverySite managedSite(Caller caller, UUID clientId, UUID siteId) {
        Client client = clients.byId(clientId).orElseThrow(ManageClients::notFound);
        access.requireManager(caller, client.teamId());
        return clients.site(siteId).filter(s -> s.clientId().equals(clientId))
                .orElseThrow(() -> new NotFound("Delivery site not found"));
    }

    private UUID defaultPricebook(TeamId teamId) {
        return pricebooks.defaultOf(teamId).map(Pricebook::id).orElse(null);
    }

    private UUID checkPricebook(TeamId teamId, UUID pricebookId) {
        return pricebooks.byId(pricebookId).filter(p -> p.teamId().equals(teamId)).map(Pricebook::id)
                .orElseThrow(() -> new InvalidField("pricebookId", "Pricebook not found"));
    }

    private static NotFound notFound() {
        return new NotFound("Client not found");
    }
}
