package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ClientsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.DeliverySitesRecord;
import com.brewski.application.clients.Clients;
import com.brewski.application.shared.Sort;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.DELIVERY_SITES;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectOne;

/**
 * Clients in {@code clients} and their delivery sites in {@code delivery_sites}. Unique indexes
 * keep email and AWRS number unique within a team; a clash is a {@link Conflict} naming the field
 * that leaves the caller's transaction usable. (Named "store" because {@link JooqClients} is the
 * public entry point that hands it out.)
 */
final class JooqClientStore implements Clients {
    static final String DUPLICATE_EMAIL = "A client with this contactEmail already exists";
    static final String DUPLICATE_AWRS = "A client with this awrsNumber already exists";
    private static final String EMAIL_INDEX = "clients_team_email_uq";
    private static final String AWRS_INDEX = "clients_team_awrs_uq";

    /** Per client of the team: how many orders (cancelled ones too) and when the latest was created. */
    private static final Field<Integer> ORDER_COUNT = DSL.field(DSL.name("stats", "order_count"), Integer.class);
    private static final Field<Instant> LAST_ORDERED_AT = DSL.field(DSL.name("stats", "last_ordered_at"), Instant.class);
    private static final Field<UUID> STATS_CLIENT_ID = DSL.field(DSL.name("stats", "client_id"), UUID.class);

    private final JooqTransactions transactions;

    JooqClientStore(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * One query: the team's clients left-joined to their order statistics (one aggregate over the
     * team's orders), filtered and sorted on them; plus one count with the same join and filter.
     * Sorting by lastOrderedAt puts never-ordered clients last in either direction.
     */
    @Override
    public Page<ClientSummary> list(TeamId teamId, Filter filter, Instant recentSince, Sort sort, PageRequest page) {
        Table<?> stats = DSL.select(ORDERS.CLIENT_ID.as("client_id"), count().as("order_count"),
                        max(ORDERS.CREATED_AT).as("last_ordered_at"))
                .from(ORDERS)
                .where(ORDERS.TEAM_ID.eq(teamId.value()))
                .groupBy(ORDERS.CLIENT_ID)
                .asTable("stats");
        Condition condition = CLIENTS.TEAM_ID.eq(teamId.value()).and(filterCondition(filter, recentSince));
        List<ClientSummary> results = transactions.dsl()
                .select(CLIENTS.fields())
                .select(ORDER_COUNT, LAST_ORDERED_AT)
                .from(CLIENTS)
                .leftJoin(stats).on(STATS_CLIENT_ID.eq(CLIENTS.ID))
                .where(condition)
                .orderBy(orderBy(sort))
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(row -> new ClientSummary(toClient(row.into(CLIENTS)),
                        row.get(ORDER_COUNT) == null ? 0 : row.get(ORDER_COUNT), row.get(LAST_ORDERED_AT)));
        long total = transactions.dsl().selectCount()
                .from(CLIENTS)
                .leftJoin(stats).on(STATS_CLIENT_ID.eq(CLIENTS.ID))
                .where(condition)
                .fetchSingle()
                .value1();
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    private static Condition filterCondition(Filter filter, Instant recentSince) {
        if (filter == null) return DSL.noCondition();
        return switch (filter) {
            case RECENT -> LAST_ORDERED_AT.ge(recentSince);
            case NEVER -> STATS_CLIENT_ID.isNull();
            case ONCE -> ORDER_COUNT.eq(1);
        };
    }

    private static SortField<?>[] orderBy(Sort sort) {
        SortOrder order = JooqLists.direction(sort);
        return switch (sort.key()) {
            case "name" -> new SortField<?>[] {lower(CLIENTS.NAME).sort(order), CLIENTS.ID.sort(order)};
            case "lastOrderedAt" -> new SortField<?>[] {LAST_ORDERED_AT.sort(order).nullsLast(), CLIENTS.ID.sort(order)};
            default -> throw new InvalidField("sort", "sort must be one of lastOrderedAt, name");
        };
    }

    /** Case-insensitive "contains" on name or contact email (wildcards in the query are literal); name order. */
    @Override
    public List<Client> search(TeamId teamId, String query, int limit) {
        return transactions.dsl().selectFrom(CLIENTS)
                .where(CLIENTS.TEAM_ID.eq(teamId.value()))
                .and(CLIENTS.NAME.containsIgnoreCase(query).or(CLIENTS.CONTACT_EMAIL.containsIgnoreCase(query)))
                .orderBy(lower(CLIENTS.NAME), CLIENTS.ID)
                .limit(limit)
                .fetch(JooqClientStore::toClient);
    }

    @Override
    public Optional<Client> byId(UUID id) {
        return transactions.dsl().selectFrom(CLIENTS).where(CLIENTS.ID.eq(id)).fetchOptional().map(JooqClientStore::toClient);
    }

    /**
     * {@code INSERT … ON CONFLICT DO NOTHING}; when nothing was inserted, one cheap select finds which
     * unique field clashed. A concurrent insert of the same email waits for the other transaction and
     * then sees its row.
     */
    @Override
    public void insert(Client client) {
        ClientsRecord row = transactions.dsl().newRecord(CLIENTS);
        row.setId(client.id());
        row.setTeamId(client.teamId().value());
        row.setCreatedAt(client.createdAt());
        write(client, row);
        int inserted = transactions.dsl().insertInto(CLIENTS).set(row).onConflictDoNothing().execute();
        if (inserted == 1) return;
        if (taken(client, CLIENTS.CONTACT_EMAIL, client.contactEmail() == null ? null : client.contactEmail().value()))
            throw new Conflict(DUPLICATE_EMAIL);
        if (taken(client, CLIENTS.AWRS_NUMBER, client.awrsNumber() == null ? null : client.awrsNumber().value()))
            throw new Conflict(DUPLICATE_AWRS);
        throw new IllegalStateException("client " + client.id() + " is already stored");
    }

    private boolean taken(Client client, Field<String> field, String value) {
        if (value == null) return false;
        return transactions.dsl().fetchExists(selectOne().from(CLIENTS)
                .where(CLIENTS.TEAM_ID.eq(client.teamId().value()))
                .and(field.eq(value))
                .and(CLIENTS.ID.ne(client.id())));
    }

    /** The UPDATE runs in a savepoint; a unique violation is mapped by index name to the field. */
    @Override
    public void update(Client client) {
        ClientsRecord row = transactions.dsl().newRecord(CLIENTS);
        write(client, row);
        int[] updated = new int[1];
        Optional<String> violated = JooqSavepoints.uniqueViolation(transactions, () -> updated[0] = transactions.dsl()
                .update(CLIENTS).set(row).where(CLIENTS.ID.eq(client.id())).execute());
        if (violated.isPresent()) {
            switch (violated.get()) {
                case EMAIL_INDEX -> throw new Conflict(DUPLICATE_EMAIL);
                case AWRS_INDEX -> throw new Conflict(DUPLICATE_AWRS);
                default -> throw new Conflict("This client conflicts with another one");
            }
        }
        if (updated[0] == 0) throw new IllegalStateException("client " + client.id() + " is not stored");
    }

    /** Oldest first. */
    @Override
    public List<DeliverySite> sites(UUID clientId) {
        return transactions.dsl().selectFrom(DELIVERY_SITES)
                .where(DELIVERY_SITES.CLIENT_ID.eq(clientId))
                .orderBy(DELIVERY_SITES.CREATED_AT, DELIVERY_SITES.ID)
                .fetch(JooqClientStore::toSite);
    }

    @Override
    public Optional<DeliverySite> site(UUID siteId) {
        return transactions.dsl().selectFrom(DELIVERY_SITES).where(DELIVERY_SITES.ID.eq(siteId)).fetchOptional()
                .map(JooqClientStore::toSite);
    }

    @Override
    public void insertSite(DeliverySite site) {
        DeliverySitesRecord row = transactions.dsl().newRecord(DELIVERY_SITES);
        row.setId(site.id());
        row.setClientId(site.clientId());
        row.setCreatedAt(site.createdAt());
        write(site, row);
        row.insert();
    }

    @Override
    public void updateSite(DeliverySite site) {
        DeliverySitesRecord row = transactions.dsl().newRecord(DELIVERY_SITES);
        write(site, row);
        int updated = transactions.dsl().update(DELIVERY_SITES).set(row).where(DELIVERY_SITES.ID.eq(site.id())).execute();
        if (updated == 0) throw new IllegalStateException("delivery site " + site.id() + " is not stored");
    }

    @Override
    public void deleteSite(UUID siteId) {
        transactions.dsl().deleteFrom(DELIVERY_SITES).where(DELIVERY_SITES.ID.eq(siteId)).execute();
    }

    /** Every column but id, team and creation time. */
    private static void write(Client c, ClientsRecord row) {
        row.setName(c.name());
        row.setContactEmail(c.contactEmail() == null ? null : c.contactEmail().value());
        row.setContactPhone(c.contactPhone());
        Address a = c.address();
        row.setAddressLine1(a.line1());
        row.setAddressLine2(a.line2());
        row.setAddressTown(a.town());
        row.setAddressCounty(a.county());
        row.setAddressPostcode(a.postcode());
        row.setAddressCountry(a.country());
        Address b = c.billingAddress() == null ? Address.EMPTY : c.billingAddress();
        row.setBillingLine1(b.line1());
        row.setBillingLine2(b.line2());
        row.setBillingTown(b.town());
        row.setBillingCounty(b.county());
        row.setBillingPostcode(b.postcode());
        row.setBillingCountry(b.country());
        row.setAwrsNumber(c.awrsNumber() == null ? null : c.awrsNumber().value());
        row.setPricebookId(c.pricebookId());
        row.setNotes(c.notes());
        row.setUpdatedAt(c.updatedAt());
    }

    /** Every column but id, client and creation time. */
    private static void write(DeliverySite s, DeliverySitesRecord row) {
        row.setName(s.name());
        Address a = s.address();
        row.setAddressLine1(a.line1());
        row.setAddressLine2(a.line2());
        row.setAddressTown(a.town());
        row.setAddressCounty(a.county());
        row.setAddressPostcode(a.postcode());
        row.setAddressCountry(a.country());
        row.setNotes(s.notes());
        row.setUpdatedAt(s.updatedAt());
    }

    static Client toClient(ClientsRecord row) {
        return new Client(row.getId(), new TeamId(row.getTeamId()), row.getName(),
                row.getContactEmail() == null ? null : new Email(row.getContactEmail()),
                row.getContactPhone(),
                new Address(row.getAddressLine1(), row.getAddressLine2(), row.getAddressTown(), row.getAddressCounty(),
                        row.getAddressPostcode(), row.getAddressCountry()),
                new Address(row.getBillingLine1(), row.getBillingLine2(), row.getBillingTown(), row.getBillingCounty(),
                        row.getBillingPostcode(), row.getBillingCountry()),
                row.getAwrsNumber() == null ? null : new AwrsNumber(row.getAwrsNumber()),
                row.getPricebookId(), row.getNotes(), row.getCreatedAt(), row.getUpdatedAt());
    }

    static DeliverySite toSite(DeliverySitesRecord row) {
        return new DeliverySite(row.getId(), row.getClientId(), row.getName(),
                new Address(row.getAddressLine1(), row.getAddressLine2(), row.getAddressTown(), row.getAddressCounty(),
                        row.getAddressPostcode(), row.getAddressCountry()),
                row.getNotes(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
