package com.brewski.adapters.http.clients;

import com.brewski.application.clients.Clients;
import com.brewski.adapters.http.orders.OrderJson.DepositSummaryJson;
import com.brewski.application.clients.ManageClients;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The response records of the client routes (camelCase, nulls written as null). */
public final class ClientJson {
    private ClientJson() {}

    public record AddressJson(String line1, String line2, String town, String county, String postcode, String country) {
        static AddressJson of(Address a) {
            return a == null ? null : new AddressJson(a.line1(), a.line2(), a.town(), a.county(), a.postcode(), a.country());
        }
    }

    /** The client's deposit ledger summary (positive balance = liability, negative = credit). */
    public record DepositsJson(DepositSummaryJson summary) {}

    public record DeliverySiteJson(UUID id, UUID clientId, String name, AddressJson address, String notes,
                                   Instant createdAt, Instant updatedAt) {
        static DeliverySiteJson of(DeliverySite s) {
            return new DeliverySiteJson(s.id(), s.clientId(), s.name(), AddressJson.of(s.address()), s.notes(),
                    s.createdAt(), s.updatedAt());
        }
    }

    public record DeliverySiteBody(DeliverySiteJson deliverySite) {
        static DeliverySiteBody of(DeliverySite site) {
            return new DeliverySiteBody(DeliverySiteJson.of(site));
        }
    }

    /** One client with its delivery sites and deposit summary. */
    public record ClientDetailJson(UUID id, UUID teamId, String name, String contactEmail, String contactPhone,
                                   AddressJson address, AddressJson billingAddress, String awrsNumber, UUID pricebookId,
                                   String notes, List<DeliverySiteJson> deliverySites, DepositsJson deposits,
                                   Instant createdAt, Instant updatedAt) {
        static ClientDetailJson of(ManageClients.ClientView view) {
            Client c = view.client();
            return new ClientDetailJson(c.id(), c.teamId().value(), c.name(), email(c), c.contactPhone(),
                    AddressJson.of(c.address()), AddressJson.of(c.billingAddress()), awrs(c), c.pricebookId(), c.notes(),
                    view.deliverySites().stream().map(DeliverySiteJson::of).toList(),
                    new DepositsJson(DepositSummaryJson.of(view.deposits())), c.createdAt(), c.updatedAt());
        }
    }

    public record ClientBody(ClientDetailJson client) {
        static ClientBody of(ManageClients.ClientView view) {
            return new ClientBody(ClientDetailJson.of(view));
        }
    }

    /** A row of the client list: the client with its order statistics. */
    public record ClientRowJson(UUID id, UUID teamId, String name, String contactEmail, String contactPhone,
                                AddressJson address, AddressJson billingAddress, String awrsNumber, UUID pricebookId,
                                String notes, Instant createdAt, Instant updatedAt, long orderCount, Instant lastOrderedAt) {
        static ClientRowJson of(Clients.ClientSummary row) {
            Client c = row.client();
            return new ClientRowJson(c.id(), c.teamId().value(), c.name(), email(c), c.contactPhone(),
                    AddressJson.of(c.address()), AddressJson.of(c.billingAddress()), awrs(c), c.pricebookId(), c.notes(),
                    c.createdAt(), c.updatedAt(), row.orderCount(), row.lastOrderedAt());
        }
    }

    public record FoundJson(UUID id, String name) {
        static FoundJson of(Client c) {
            return new FoundJson(c.id(), c.name());
        }
    }

    public record SearchJson(List<FoundJson> results) {}

    private static String email(Client c) {
        return c.contactEmail() == null ? null : c.contactEmail().value();
    }

    private static String awrs(Client c) {
        return c.awrsNumber() == null ? null : c.awrsNumber().value();
    }
}
