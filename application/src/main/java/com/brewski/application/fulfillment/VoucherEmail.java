package com.brewski.application.fulfillment;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.Voucher;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.fulfillment.VoucherOrder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The consolidated voucher email: one message per dispatch, every code on the order labelled with its
 * product and variant, with PIN, redemption URL and expiry where known, as HTML and plain text.
 */
final class VoucherEmail {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private VoucherEmail() {}

    static String subject(VoucherOrder order) {
        return "Your vouchers — Order #" + order.id();
    }

    static Mailer.Message of(VoucherOrder order) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        text.append("Thank you for your order #").append(order.id()).append(". Here are your vouchers.\n\n");
        html.append("<!DOCTYPE html><html><body><h1>Your vouchers</h1><p>Thank you for your order #")
                .append(order.id()).append(". Here are your vouchers.</p><ul>");
        for (OrderItem item : order.items()) {
            List<Voucher> vouchers = item.vouchers();
            for (int unit = 0; unit < vouchers.size(); unit++) {
                VoucherCode code = vouchers.get(unit).code();
                String label = item.productName() + " — " + item.variantName()
                        + (vouchers.size() > 1 ? " (" + (unit + 1) + " of " + vouchers.size() + ")" : "");
                text.append(label).append('\n').append("  Code: ").append(code.code()).append('\n');
                html.append("<li><strong>").append(escape(label)).append("</strong><br>Code: <code>")
                        .append(escape(code.code())).append("</code>");
                if (code.pin() != null) {
                    text.append("  PIN: ").append(code.pin()).append('\n');
                    html.append("<br>PIN: ").append(escape(code.pin()));
                }
                if (code.redemptionUrl() != null) {
                    text.append("  Redeem at: ").append(code.redemptionUrl()).append('\n');
                    html.append("<br>Redeem at: <a href=\"").append(escape(code.redemptionUrl())).append("\">")
                            .append(escape(code.redemptionUrl())).append("</a>");
                }
                if (code.expiresAt() != null) {
                    text.append("  Expires: ").append(DATE.format(code.expiresAt())).append('\n');
                    html.append("<br>Expires: ").append(DATE.format(code.expiresAt()));
                }
                text.append('\n');
                html.append("</li>");
            }
        }
        html.append("</ul></body></html>");
        return new Mailer.Message(List.of(order.customerEmail().value()), subject(order), text.toString(), html.toString());
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
