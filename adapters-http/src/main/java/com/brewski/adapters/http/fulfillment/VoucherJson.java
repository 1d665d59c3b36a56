package com.brewski.adapters.http.fulfillment;

import com.brewski.application.fulfillment.FulfilmentAttempts;
import com.brewski.application.fulfillment.RecoveryResult;
import com.brewski.application.fulfillment.VoucherOrderView;
import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherPayment;
import com.brewski.domain.fulfillment.VoucherProduct;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The wire shapes of the voucher routes. Orders, items, payments, attempts and alerts use the recovery
 * guide's snake_case names; the catalogue and partner bodies are camelCase like the rest of Brewski;
 * recovery answers are the guide's {@code {success, message, data}}.
 */
final class VoucherJson {
    private VoucherJson() {}

    // --- catalogue and partners (camelCase)

    record PartnerJson(long id, String name, String kind, Instant createdAt) {
        static PartnerJson of(Partner p) {
            return new PartnerJson(p.id().value(), p.name(), p.kind().wire(), p.createdAt());
        }
    }

    record PartnerBody(PartnerJson partner) {}

    record AddedBody(int added) {}

    record VariantJson(long id, long productId, String name, long priceMinor, String currencySymbol, boolean active) {
        static VariantJson of(VoucherVariant v) {
            return new VariantJson(v.id().value(), v.productId().value(), v.name(), v.priceMinor(), v.currencySymbol(), v.active());
        }
    }

    record VariantBody(VariantJson variant) {}

    record ProductJson(long id, String name, String brand, String description, Instant createdAt, List<VariantJson> variants) {
        static ProductJson of(VoucherProduct p) {
            return new ProductJson(p.id().value(), p.name(), p.brand(), p.description(), p.createdAt(),
                    p.variants().stream().map(VariantJson::of).toList());
        }
    }

    record ProductBody(ProductJson product) {}

    record SourceJson(long id, long variantId, long partnerId, String partnerName, String partnerKind, String offerId,
                      int priority, boolean active) {
        static SourceJson of(PartnerSource s) {
            return new SourceJson(s.id().value(), s.variantId().value(), s.partnerId().value(), s.partnerName(),
                    s.partnerKind().wire(), s.offerId(), s.priority(), s.active());
        }
    }

    record SourceBody(SourceJson source) {}

    // --- orders (snake_case)

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PaymentJson(String eventId, String paymentId, long amountMinor, String status, Instant createdAt) {
        static PaymentJson of(VoucherPayment p) {
            return new PaymentJson(p.eventId(), p.paymentId(), p.amountMinor(), p.status().wire(), p.createdAt());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ItemJson(long id, long variantId, String productName, String variantName, int quantity, long unitPriceMinor,
                    boolean fulfilled, Instant fulfilledAt, String fulfillmentStatus, List<String> voucherCodes) {
        static ItemJson of(OrderItem i) {
            return new ItemJson(i.id().value(), i.variantId().value(), i.productName(), i.variantName(), i.quantity(),
                    i.unitPriceMinor(), i.fulfilled(), i.fulfilledAt(), i.status().wire(),
                    i.vouchers().stream().map(v -> v.code().code()).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderJson(long id, String status, String customerEmail, long totalMinor, String currencySymbol,
                     String dispatchedEmail, Instant emailSentAt, List<String> voucherCodes, List<PaymentJson> payments,
                     List<ItemJson> items, Instant createdAt) {
        static OrderJson of(VoucherOrder o, List<VoucherPayment> payments) {
            return new OrderJson(o.id().value(), o.status().wire(), o.customerEmail().value(), o.totalMinor(), o.currencySymbol(),
                    o.dispatchedEmail(), o.emailSentAt(), o.voucherCodes(), payments.stream().map(PaymentJson::of).toList(),
                    o.items().stream().map(ItemJson::of).toList(), o.createdAt());
        }

        static OrderJson of(VoucherOrderView view) {
            return of(view.order(), view.payments());
        }
    }

    record OrderBody(OrderJson order) {}

    // --- the audit trail and alerts (snake_case)

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AdminUserJson(String id, String name, String email) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PartnerTransactionJson(long id, String status, String partnerTransactionId, String partnerStatus, String voucherCode,
                                  Instant createdAt) {
        static PartnerTransactionJson of(PartnerTransaction t) {
            if (t == null) return null;
            return new PartnerTransactionJson(t.id().value(), t.status().wire(), t.transactionId().toString(), t.partnerStatus(),
                    t.voucher() == null ? null : t.voucher().code(), t.createdAt());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AttemptJson(long id, String type, String status, Long orderItemId, String correlationId, String errorMessage,
                       Map<String, Object> partnerResponse, String codeProvided, String notes, Instant createdAt,
                       AdminUserJson adminUser, PartnerTransactionJson partnerApiTransaction) {
        static AttemptJson of(FulfilmentAttempts.AttemptView view) {
            FulfilmentAttempt a = view.attempt();
            AdminUserJson admin = view.adminUser() == null ? null
                    : new AdminUserJson(view.adminUser().id(), view.adminUser().name(), view.adminUser().email());
            return new AttemptJson(a.id().value(), a.type().wire(), a.status().wire(),
                    a.orderItemId() == null ? null : a.orderItemId().value(), a.correlationId().toString(), a.errorMessage(),
                    a.partnerResponse(), a.codeProvided(), a.notes(), a.createdAt(), admin,
                    PartnerTransactionJson.of(view.partnerTransaction()));
        }
    }

    record AttemptsBody(List<AttemptJson> attempts) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AlertJson(long id, long orderId, String type, String status, String message, String resolutionNotes,
                     Instant resolvedAt, Instant createdAt) {
        static AlertJson of(AdminAlert a) {
            return new AlertJson(a.id().value(), a.orderId().value(), a.kind().wire(), a.status().wire(), a.message(),
                    a.resolutionNotes(), a.resolvedAt(), a.createdAt());
        }
    }

    // --- recovery answers (the guide's camelCase data)

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecoveryData(Long orderItemId, Long attemptId, String correlationId, String status, Boolean emailSent,
                        String errorMessage, List<RecoveryItem> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecoveryItem(long orderItemId, boolean success, String message, Long attemptId, String status, Boolean emailSent,
                        String errorMessage) {}

    record RecoveryBody(boolean success, String message, RecoveryData data) {
        static RecoveryBody of(RecoveryResult r) {
            List<RecoveryItem> items = r.items() == null ? null : r.items().stream().map(i -> new RecoveryItem(
                    i.orderItemId().value(), i.success(), i.message(), i.attemptId() == null ? null : i.attemptId().value(),
                    i.status() == null ? null : i.status().wire(), i.emailSent(), i.errorMessage())).toList();
            return new RecoveryBody(r.success(), r.message(), new RecoveryData(
                    r.orderItemId() == null ? null : r.orderItemId().value(),
                    r.attemptId() == null ? null : r.attemptId().value(),
                    r.correlationId() == null ? null : r.correlationId().toString(),
                    r.status() == null ? null : r.status().wire(), r.emailSent(), r.errorMessage(), items));
        }
    }

    record WebhookBody(boolean received, boolean replay) {}
}
