package com.brewski.domain.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A trade order and its lines. Totals are recomputed on every change: subtotal = Σ line net +
 * shipping, tax = Σ line tax, total = subtotal + tax. The sums are exact and the total never passes
 * {@link MoneyBounds#MAX_AMOUNT_MINOR}: a change that would take it over is refused naming the field
 * of the change that did (a line's {@code quantity} or {@code unitPriceMinor}, {@code shipping.amountMinor}).
 */
public final class Order {
    private static final String SHIPPING_FIELD = "shipping.amountMinor";

    private final UUID id;
    private final TeamId teamId;
    private final UUID clientId;
    private final String number;
    private final String currencySymbol;
    private OrderStatus status;
    private DispatchStatus dispatchStatus;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private String notes;
    private boolean dutySuspense;
    private AwrsNumber awrsNumber;
    private GroupLink groupLink;
    private Shipping shipping;
    private final List<LineItem> lines;
    private long subtotalMinor;
    private long taxTotalMinor;
    private final Instant createdAt;
    private Instant updatedAt;

    private Order(UUID id, TeamId teamId, UUID clientId, String number, String currencySymbol, OrderStatus status,
                  DispatchStatus dispatchStatus, LocalDate issueDate, LocalDate dueDate, String notes, boolean dutySuspense,
                  AwrsNumber awrsNumber, GroupLink groupLink, Shipping shipping, List<LineItem> lines,
                  Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.teamId = Objects.requireNonNull(teamId);
        this.clientId = Objects.requireNonNull(clientId);
        this.number = Objects.requireNonNull(number);
        this.currencySymbol = Objects.requireNonNull(currencySymbol);
        this.status = Objects.requireNonNull(status);
        this.dispatchStatus = Objects.requireNonNull(dispatchStatus);
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.notes = notes;
        this.dutySuspense = dutySuspense;
        this.awrsNumber = awrsNumber;
        this.groupLink = groupLink;
        this.shipping = Objects.requireNonNull(shipping);
        this.lines = new ArrayList<>(lines);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        checkDates(issueDate, dueDate);
    }

    /** What a new order starts with. */
    public record Draft(UUID clientId, OrderStatus status, LocalDate issueDate, LocalDate dueDate, String notes,
                        boolean dutySuspense, AwrsNumber awrsNumber, GroupLink groupLink, Shipping.Choice shipping) {}

    public static Order open(UUID id, TeamId teamId, String number, String currencySymbol, Draft draft,
                             List<ShippingRule> rules, Instant now) {
        Order order = new Order(id, teamId, draft.clientId(), number, currencySymbol,
                draft.status() == null ? OrderStatus.DRAFT : draft.status(), DispatchStatus.PENDING,
                draft.issueDate(), draft.dueDate(), cleanNotes(draft.notes()), draft.dutySuspense(), draft.awrsNumber(),
                draft.groupLink(), Shipping.NONE, List.of(), now, now);
        order.shipping = Shipping.resolve(draft.shipping() == null ? Shipping.Choice.AUTO : draft.shipping(), rules, 0);
        order.recalculate(rules, SHIPPING_FIELD);
        return order;
    }

    /** Rebuilds an order from storage; used only by persistence adapters. Totals are recomputed from the lines. */
    public static Order restore(UUID id, TeamId teamId, UUID clientId, String number, String currencySymbol,
                                OrderStatus status, DispatchStatus dispatchStatus, LocalDate issueDate, LocalDate dueDate,
                                String notes, boolean dutySuspense, AwrsNumber awrsNumber, GroupLink groupLink,
                                Shipping shipping, List<LineItem> lines, Instant createdAt, Instant updatedAt) {
        Order order = new Order(id, teamId, clientId, number, currencySymbol, status, dispatchStatus, issueDate, dueDate,
                notes, dutySuspense, awrsNumber, groupLink, shipping, lines, createdAt, updatedAt);
        order.sumLines("order");
        return order;
    }

    public void update(OrderChange change, List<ShippingRule> rules, Instant now) {
        LocalDate newIssue = change.issueDate().orElse(issueDate);
        LocalDate newDue = change.dueDate().orElse(dueDate);
        checkDates(newIssue, newDue);
        OrderStatus newStatus = change.status().orElse(status);
        if (newStatus == null) throw new InvalidField("status", "status cannot be null");
        status = newStatus;
        issueDate = newIssue;
        dueDate = newDue;
        notes = cleanNotes(change.notes().orElse(notes));
        Boolean suspense = change.dutySuspense().orElse(dutySuspense);
        if (suspense == null) throw new InvalidField("dutySuspense", "dutySuspense cannot be null");
        dutySuspense = suspense;
        awrsNumber = change.awrsNumber().orElse(awrsNumber);
        groupLink = change.groupLink().orElse(groupLink);
        Shipping.Choice choice = change.shipping().orElse(shipping.choice());
        shipping = Shipping.resolve(choice == null ? Shipping.Choice.AUTO : choice, rules, 0);
        recalculate(rules, SHIPPING_FIELD);
        updatedAt = now;
    }

    public void changeDispatch(DispatchStatus status, Instant now) {
        this.dispatchStatus = Objects.requireNonNull(status);
        this.updatedAt = now;
    }

    /** Replaces the group link (claims, transfers and releases go through here). */
    public void relink(GroupLink link, Instant now) {
        this.groupLink = link;
        this.updatedAt = now;
    }

    public void addLine(LineItem line, List<ShippingRule> rules, Instant now) {
        requireEditableLines();
        if (!line.orderId().equals(id)) throw new IllegalArgumentException("line belongs to another order");
        lines.add(line);
        try {
            recalculate(rules, "quantity");
        } catch (InvalidField e) {
            lines.remove(line);
            throw e;
        }
        updatedAt = now;
    }

    public LineItem changeLine(UUID lineId, LineChange change, List<ShippingRule> rules, Instant now) {
        requireEditableLines();
        LineItem line = line(lineId).orElseThrow(() -> new NotFound("Item not found"));
        line.change(change, now);
        recalculate(rules, change.unitPriceMinor().isPresent() ? "unitPriceMinor" : "quantity");
        updatedAt = now;
        return line;
    }

    public LineItem removeLine(UUID lineId, List<ShippingRule> rules, Instant now) {
        requireEditableLines();
        LineItem line = line(lineId).orElseThrow(() -> new NotFound("Item not found"));
        lines.remove(line);
        recalculate(rules, SHIPPING_FIELD);
        updatedAt = now;
        return line;
    }

    public Optional<LineItem> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    private void requireEditableLines() {
        if (status == OrderStatus.CANCELLED) throw new InvalidField("status", "Cannot change the items of a cancelled order");
    }

    /** Re-resolves the shipping and the totals; a total over the cap is refused naming {@code field}. */
    private void recalculate(List<ShippingRule> rules, String field) {
        shipping = Shipping.resolve(shipping.choice(), rules, itemsNet(field));
        sumLines(field);
    }

    private long itemsNet(String field) {
        long itemsNet = 0;
        for (LineItem line : lines) itemsNet = MoneyBounds.sum(field, itemsNet, line.amounts().netMinor());
        return itemsNet;
    }

    private void sumLines(String field) {
        long subtotal = MoneyBounds.sum(field, itemsNet(field), shipping.amountMinor());
        long tax = 0;
        for (LineItem line : lines) tax = MoneyBounds.sum(field, tax, line.amounts().taxMinor());
        MoneyBounds.sum(field, subtotal, tax); // the total stays within the cap
        subtotalMinor = subtotal;
        taxTotalMinor = tax;
    }

    private static void checkDates(LocalDate issue, LocalDate due) {
        if (issue != null && due != null && due.isBefore(issue))
            throw new InvalidField("dueDate", "dueDate must be on or after issueDate");
    }

    private static String cleanNotes(String raw) {
        return Text.optional("notes", raw, 5000);
    }

    public UUID id() { return id; }
    public TeamId teamId() { return teamId; }
    public UUID clientId() { return clientId; }
    public String number() { return number; }
    public String currencySymbol() { return currencySymbol; }
    public OrderStatus status() { return status; }
    public DispatchStatus dispatchStatus() { return dispatchStatus; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate dueDate() { return dueDate; }
    public String notes() { return notes; }
    public boolean dutySuspense() { return dutySuspense; }
    public AwrsNumber awrsNumber() { return awrsNumber; }
    public Optional<GroupLink> groupLink() { return Optional.ofNullable(groupLink); }
    public Shipping shipping() { return shipping; }
    public List<LineItem> lines() { return List.copyOf(lines); }
    public long subtotalMinor() { return subtotalMinor; }
    public long taxTotalMinor() { return taxTotalMinor; }
    public long totalMinor() { return subtotalMinor + taxTotalMinor; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
