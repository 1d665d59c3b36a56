package com.brewski.application.documents;

import com.brewski.application.orders.OrderView;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.payments.PaymentLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an order, its team, client and ledger into what the renderer prints. */
final class Paperwork {
    private Paperwork() {}

    static InvoiceData invoice(OrderView order, Team team, Client client, List<DeliverySite> sites, byte[] logo,
                               PaymentLedger ledger, String link) {
        OrderView.Header h = order.header();
        TeamSettings s = team.settings();
        List<InvoiceData.Line> lines = order.items().stream().map(v -> invoiceLine(v.line())).toList();
        long itemsNet = order.items().stream().mapToLong(v -> v.line().amounts().netMinor()).sum();
        List<InvoiceData.Payment> payments = ledger.entries().stream()
                .map(e -> new InvoiceData.Payment(e.payment().paidAt(), e.payment().kind().wire(),
                        e.payment().method().wire(), e.payment().reference(), e.payment().signedMinor(),
                        e.runningBalanceMinor()))
                .toList();
        return new InvoiceData(letterhead(team, logo), h.number(), h.issueDate(), h.dueDate(),
                billTo(client), deliverTo(client, sites), h.awrsNumber(), h.clientAwrsNumber(), h.dutySuspense(),
                h.currencySymbol(), s.locale(), lines, itemsNet,
                new InvoiceData.Shipping(order.shipping().amountMinor(), order.shipping().ruleName()),
                h.subtotalMinor(), h.taxTotalMinor(), h.totalMinor(), payments, ledger.netPaidMinor(),
                ledger.remainingMinor(), s.paymentDetails(), paymentTerms(s), order.notes(), link);
    }

    static DeliveryNoteData deliveryNote(OrderView order, Team team, Client client, List<DeliverySite> sites,
                                         byte[] logo, String link) {
        OrderView.Header h = order.header();
        List<DeliveryNoteData.Line> lines = order.items().stream()
                .map(v -> new DeliveryNoteData.Line(v.line().description(), v.line().unit(), v.line().quantity().value()))
                .toList();
        return new DeliveryNoteData(letterhead(team, logo), h.number(), h.issueDate(), billTo(client),
                deliverTo(client, sites), h.awrsNumber(), h.dutySuspense(), dispatchLabel(h.dispatchStatus()),
                h.groupEarliestDeliveryAt(), h.groupLatestDeliveryAt(), team.settings().locale(), lines,
                order.notes(), link);
    }

    static Letterhead letterhead(Team team, byte[] logo) {
        TeamSettings s = team.settings();
        return new Letterhead(s.name(), s.billingName(), s.billingAddress(), s.vatNumber(), logo);
    }

    /** The client's billing address, or its main address when it has none. */
    static Party billTo(Client client) {
        Address address = client.billingAddress() != null ? client.billingAddress() : client.address();
        return new Party(client.name(), lines(address));
    }

    /** The client's first delivery site (by creation), or its main address when it has no site. */
    static Party deliverTo(Client client, List<DeliverySite> sites) {
        if (sites.isEmpty()) return new Party(client.name(), lines(client.address()));
        DeliverySite site = sites.getFirst();
        List<String> lines = new ArrayList<>();
        lines.add(site.name());
        lines.addAll(lines(site.address()));
        if (site.notes() != null) lines.add(site.notes());
        return new Party(client.name(), lines);
    }

    /** The team's invoice terms, else its default payment terms in words. */
    static String paymentTerms(TeamSettings s) {
        if (s.invoiceTerms() != null) return s.invoiceTerms();
        int amount = s.defaultPaymentTermsAmount();
        if (amount == 0) return "Payment is due on receipt.";
        String unit = s.defaultPaymentTermsUnit().wire();
        return "Payment is due within " + amount + " " + (amount == 1 ? unit.substring(0, unit.length() - 1) : unit)
                + " of the invoice date.";
    }

    static String dispatchLabel(DispatchStatus status) {
        String words = status.wire().replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static InvoiceData.Line invoiceLine(LineItem line) {
        Discount discount = line.discount();
        return new InvoiceData.Line(line.description(), line.unit(), line.quantity().value(), line.unitPriceMinor(),
                discount instanceof Discount.Percentage p ? p.value() : null, line.amounts().discountMinor(),
                line.taxRate().percent(), line.amounts().totalMinor());
    }

    private static List<String> lines(Address a) {
        List<String> out = new ArrayList<>();
        if (a == null) return out;
        if (a.line1() != null) out.add(a.line1());
        if (a.line2() != null) out.add(a.line2());
        String town = join(a.town(), a.county());
        if (!town.isEmpty()) out.add(town);
        if (a.postcode() != null) out.add(a.postcode());
        if (a.country() != null) out.add(a.country());
        return out;
    }

    private static String join(String first, String second) {
        if (first == null) return second == null ? "" : second;
        return second == null ? first : first + ", " + second;
    }
}
