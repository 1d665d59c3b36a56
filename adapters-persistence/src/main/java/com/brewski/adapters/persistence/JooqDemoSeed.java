package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.DepositTransactionsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.OrderItemsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.OrdersRecord;
import com.brewski.adapters.persistence.jooq.tables.records.PaymentsRecord;
import com.brewski.domain.deposits.DepositCharge;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderNumber;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;

import static com.brewski.adapters.persistence.jooq.Tables.BEERS;
import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static com.brewski.adapters.persistence.jooq.Tables.DEPOSIT_TRANSACTIONS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.PAYMENTS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAM_ORDER_COUNTERS;

/**
 * Demo data for looking at the product and for load tests: a team with an owner, clients, beers and
 * containers (kegs carry a deposit), and orders built through the domain ({@link Order#open},
 * {@link Order#addLine}, status and dispatch changes; payments and refunds as a ledger), written in
 * batches with COPY (four per batch: orders, lines, payments, deposit charges), each batch in one
 * transaction. Numbers follow the team's order
 * sequence, so the app keeps numbering after the seeded orders. The order tallies are kept by the
 * database triggers as for any insert.
 */
public final class JooqDemoSeed {
    /** What was made: the team and the user who owns it. */
    public record Seeded(TeamId teamId, String teamName, String email, long orders) {}

    private static final int BATCH = 2_000;
    private static final int CLIENTS_PER_TEAM = 200;
    private static final String[] BEER_NAMES = {"Pale Ale", "Pilsner", "Stout", "IPA", "Porter", "Saison", "Bitter",
            "Mild", "Lager", "Sour", "Wheat", "Red Ale"};

    private final JooqPersistence persistence;
    private final JooqTransactions transactions;

    public JooqDemoSeed(JooqPersistence persistence) {
        this.persistence = persistence;
        this.transactions = persistence.jooqTransactions();
    }

    /**
     * Seeds {@code orders} orders for a new team {@code teamName} owned by {@code email} (password
     * hash given); {@code progress} hears the number of orders written after each batch.
     */
    public Seeded seed(String teamName, String email, String passwordHash, long orders, long seed, LongConsumer progress) {
        Random random = new Random(seed);
        Instant now = Instant.now();
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults(teamName), now);
        User owner = User.registered(new UserId(UUID.randomUUID()), new Email(email), teamName + " Owner", passwordHash, now);
        Catalogue catalogue = transactions.inTransaction(() -> {
            persistence.teams().insert(team);
            persistence.users().insert(owner);
            persistence.memberships().saveAll(List.of(Membership.restore(UUID.randomUUID(), team.id(), owner.id(),
                    TeamRole.OWNER.wire(), false, now, now)));
            return catalogue(transactions.dsl(), team.id(), now);
        });
        long written = 0;
        while (written < orders) {
            int size = (int) Math.min(BATCH, orders - written);
            long first = written + 1;
            transactions.run(() -> batch(transactions.dsl(), team, catalogue, first, size, random));
            written += size;
            progress.accept(written);
        }
        long last = written;
        transactions.run(() -> transactions.dsl().insertInto(TEAM_ORDER_COUNTERS, TEAM_ORDER_COUNTERS.TEAM_ID, TEAM_ORDER_COUNTERS.LAST_NUMBER)
                .values(team.id().value(), last)
                .onConflict(TEAM_ORDER_COUNTERS.TEAM_ID).doUpdate().set(TEAM_ORDER_COUNTERS.LAST_NUMBER, last)
                .execute());
        transactions.dsl().execute("analyze orders, order_items, payments, deposit_transactions, clients");
        return new Seeded(team.id(), teamName, email, written);
    }

    private record Catalogue(List<UUID> clients, List<UUID> beers, UUID keg, long kegDeposit, UUID can) {}

    private static Catalogue catalogue(DSLContext dsl, TeamId team, Instant now) {
        UUID keg = UUID.randomUUID();
        UUID can = UUID.randomUUID();
        dsl.insertInto(CONTAINERS, CONTAINERS.ID, CONTAINERS.TEAM_ID, CONTAINERS.NAME, CONTAINERS.CONTAINER_TYPE,
                        CONTAINERS.VOLUME_ML, CONTAINERS.IS_RETURNABLE, CONTAINERS.DEPOSIT_MINOR, CONTAINERS.CREATED_AT, CONTAINERS.UPDATED_AT)
                .values(keg, team.value(), "30L Keg", "keg", 30_000, true, 3_000L, now, now)
                .values(can, team.value(), "440ml Can", "can", 440, false, null, now, now)
                .execute();
        List<UUID> beers = new ArrayList<>();
        var beerInsert = dsl.insertInto(BEERS, BEERS.ID, BEERS.TEAM_ID, BEERS.NAME, BEERS.INVENTORY_MODE, BEERS.CREATED_AT, BEERS.UPDATED_AT);
        for (String name : BEER_NAMES) {
            UUID id = UUID.randomUUID();
            beers.add(id);
            beerInsert = beerInsert.values(id, team.value(), name, "managed", now, now);
        }
        beerInsert.execute();
        List<UUID> clients = new ArrayList<>();
        var clientInsert = dsl.insertInto(CLIENTS, CLIENTS.ID, CLIENTS.TEAM_ID, CLIENTS.NAME, CLIENTS.CONTACT_EMAIL,
                CLIENTS.ADDRESS_TOWN, CLIENTS.CREATED_AT, CLIENTS.UPDATED_AT);
        for (int i = 1; i <= CLIENTS_PER_TEAM; i++) {
            UUID id = UUID.randomUUID();
            clients.add(id);
            clientInsert = clientInsert.values(id, team.value(), "The %s Arms %d".formatted(BEER_NAMES[i % BEER_NAMES.length], i),
                    "bar%d@%s.example".formatted(i, team.value().toString().substring(0, 8)), "Town " + (i % 17), now, now);
        }
        clientInsert.execute();
        return new Catalogue(clients, beers, keg, 3_000L, can);
    }

    /** One batch of orders with their lines, payments and deposit charges: four multi-row inserts. */
    private static void batch(DSLContext dsl, Team team, Catalogue catalogue, long firstNumber, int size, Random random) {
        List<OrdersRecord> orderRows = new ArrayList<>(size);
        List<OrderItemsRecord> lineRows = new ArrayList<>(size * 3);
        List<PaymentsRecord> paymentRows = new ArrayList<>();
        List<DepositTransactionsRecord> depositRows = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < size; i++) {
            long number = firstNumber + i;
            LocalDate issue = random.nextInt(20) == 0 ? null : today.minusDays(random.nextInt(730));
            LocalDate due = issue == null || random.nextInt(10) == 0 ? null : issue.plusDays(30);
            Instant created = (issue == null ? today : issue).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
            UUID client = catalogue.clients().get(random.nextInt(catalogue.clients().size()));
            Order order = Order.open(UUID.randomUUID(), team.id(), OrderNumber.sequential(number), "£",
                    new Order.Draft(client, OrderStatus.DRAFT, issue, due, null, false, null, null,
                            new Shipping.Choice(ShippingMode.NONE, null, null)), List.of(), created);
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                LineItem line;
                int kind = random.nextInt(10);
                if (kind < 7) {
                    boolean keg = random.nextBoolean();
                    line = LineItem.beer(UUID.randomUUID(), order.id(), catalogue.beers().get(random.nextInt(catalogue.beers().size())),
                            keg ? catalogue.keg() : catalogue.can(), keg ? "Beer – 30L Keg" : "Beer – 440ml Can", keg ? "30L Keg" : "440ml Can",
                            Quantity.of(String.valueOf(1 + random.nextInt(keg ? 4 : 48))), keg ? 9_000 + random.nextInt(4_000) : 250 + random.nextInt(100),
                            new TaxRate(new BigDecimal("20")), random.nextInt(8) == 0 ? new Discount.Percentage(new BigDecimal("10")) : null, created);
                } else {
                    line = LineItem.custom(UUID.randomUUID(), order.id(), "Delivery", "Charge", Quantity.of("1"),
                            1_000L + random.nextInt(2_000), new TaxRate(new BigDecimal("20")), null, created);
                }
                order.addLine(line, List.of(), created);
                if (line.takesStock() && catalogue.keg().equals(line.containerId())) {
                    DepositTransactionsRecord charge = dsl.newRecord(DEPOSIT_TRANSACTIONS);
                    charge.setId(UUID.randomUUID());
                    charge.setTeamId(team.id().value());
                    charge.setClientId(client);
                    charge.setOrderId(order.id());
                    charge.setOrderItemId(line.id());
                    charge.setSource("charge");
                    charge.setAmountMinor(DepositCharge.forLine(line, catalogue.kegDeposit()));
                    charge.setCreatedAt(created);
                    charge.setUpdatedAt(created);
                    depositRows.add(charge);
                }
            }
            int status = random.nextInt(100);
            OrderStatus orderStatus = status < 10 ? OrderStatus.DRAFT : status < 95 ? OrderStatus.CONFIRMED : OrderStatus.CANCELLED;
            if (orderStatus != OrderStatus.DRAFT)
                order.update(new com.brewski.domain.orders.OrderChange(com.brewski.domain.shared.Patch.set(orderStatus),
                        com.brewski.domain.shared.Patch.absent(), com.brewski.domain.shared.Patch.absent(),
                        com.brewski.domain.shared.Patch.absent(), com.brewski.domain.shared.Patch.absent(),
                        com.brewski.domain.shared.Patch.absent(), com.brewski.domain.shared.Patch.absent(),
                        com.brewski.domain.shared.Patch.absent()), List.of(), created);
            if (orderStatus == OrderStatus.CONFIRMED && random.nextInt(3) > 0)
                order.changeDispatch(DispatchStatus.values()[1 + random.nextInt(DispatchStatus.values().length - 1)], created);

            long paid = 0, refunded = 0;
            if (orderStatus == OrderStatus.CONFIRMED) {
                int standing = random.nextInt(10);
                long total = order.totalMinor();
                if (standing < 5) paid += payment(dsl, paymentRows, order, PaymentKind.PAYMENT, total, created.plusSeconds(86_400 * 10));
                else if (standing < 7) paid += payment(dsl, paymentRows, order, PaymentKind.PAYMENT, Math.max(1, total / 2), created.plusSeconds(86_400 * 5));
                if (standing == 0 && total > 1) refunded += payment(dsl, paymentRows, order, PaymentKind.REFUND, total / 10, created.plusSeconds(86_400 * 20));
            }
            OrdersRecord row = dsl.newRecord(ORDERS);
            row.setId(order.id());
            row.setTeamId(order.teamId().value());
            row.setClientId(order.clientId());
            row.setNumber(order.number());
            row.setCurrencySymbol(order.currencySymbol());
            row.setCreatedAt(order.createdAt());
            JooqOrderStore.write(order, row);
            row.setPaidMinor(paid);
            row.setRefundedMinor(refunded);
            orderRows.add(row);
            for (LineItem line : order.lines()) lineRows.add(JooqOrderStore.toRow(dsl, line));
        }
        insert(dsl, ORDERS, orderRows);
        insert(dsl, ORDER_ITEMS, lineRows);
        insert(dsl, PAYMENTS, paymentRows);
        insert(dsl, DEPOSIT_TRANSACTIONS, depositRows);
    }

    private static long payment(DSLContext dsl, List<PaymentsRecord> rows, Order order, PaymentKind kind, long amount, Instant at) {
        if (amount <= 0) return 0;
        PaymentsRecord p = dsl.newRecord(PAYMENTS);
        p.setId(UUID.randomUUID());
        p.setOrderId(order.id());
        p.setTeamId(order.teamId().value());
        p.setKind(kind.wire());
        p.setAmountMinor(amount);
        p.setPaymentMethod(PaymentMethod.values()[Math.floorMod(order.id().hashCode(), PaymentMethod.values().length)].wire());
        p.setPaidAt(at);
        p.setCreatedAt(at);
        rows.add(p);
        return amount;
    }

    /**
     * One {@code COPY … FROM STDIN} of the fields the first row sets: the fastest way in, and COPY fires
     * the statement triggers on orders once per table and batch, as an INSERT of the same rows would.
     */
    private static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) return;
        R first = rows.getFirst();
        Field<?>[] fields = java.util.Arrays.stream(table.fields()).filter(first::changed).toArray(Field<?>[]::new);
        StringBuilder data = new StringBuilder(rows.size() * fields.length * 16);
        for (R row : rows) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) data.append('\t');
                copyValue(data, row.get(fields[i]));
            }
            data.append('\n');
        }
        String columns = java.util.Arrays.stream(fields).map(f -> '"' + f.getName() + '"').collect(java.util.stream.Collectors.joining(", "));
        String copy = "copy \"" + table.getName() + "\" (" + columns + ") from stdin";
        dsl.connection(connection -> connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                .copyIn(copy, new java.io.StringReader(data.toString())));
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the delimiters. */
    private static void copyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = switch (value) {
            case BigDecimal d -> d.toPlainString();
            case Boolean b -> b ? "t" : "f";
            default -> value.toString();
        };
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
