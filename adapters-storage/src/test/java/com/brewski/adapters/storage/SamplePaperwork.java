package com.brewski.adapters.storage;

import com.brewski.application.documents.DeliveryNoteData;
import com.brewski.application.documents.InvoiceData;
import com.brewski.application.documents.Letterhead;
import com.brewski.application.documents.Party;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Invoices and delivery notes to render in tests and in the benchmark. */
final class SamplePaperwork {
    static final String LINK = "https://indiebrewer.com";

    private SamplePaperwork() {}

    static Letterhead letterhead(byte[] logo) {
        return new Letterhead("Lantern Brewery", "Lantern Brewing Ltd", "Unit 4, Brewery Yard\nBristol BS2 0XX",
                "GB123456789", logo);
    }

    static Party billTo() {
        return new Party("The Crown Inn", List.of("Accounts, 9 Mill Lane", "Bath", "BA1 1AA"));
    }

    static Party deliverTo() {
        return new Party("The Crown Inn", List.of("Cellar door", "1 High St", "Bristol", "BS1 4DJ"));
    }

    /** Line i: "Beer i – 30L Keg", quantity i, £60.00 + 20% tax, every third with a 10% discount. */
    static InvoiceData.Line line(int i) {
        long unitPrice = 6000;
        long gross = unitPrice * i;
        boolean discounted = i % 3 == 0;
        long discount = discounted ? gross / 10 : 0;
        long net = gross - discount;
        return new InvoiceData.Line("Beer " + i + " – 30L Keg", "30L Keg", BigDecimal.valueOf(i), unitPrice,
                discounted ? BigDecimal.TEN : null, discount, new BigDecimal("20"), net + net / 5);
    }

    static InvoiceData invoice(int lineCount, byte[] logo) {
        List<InvoiceData.Line> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) lines.add(line(i));
        long itemsNet = lines.stream().mapToLong(l -> l.lineTotalMinor() * 5 / 6).sum();
        long tax = lines.stream().mapToLong(l -> l.lineTotalMinor() / 6).sum();
        long shipping = 1500;
        long subtotal = itemsNet + shipping;
        long total = subtotal + tax;
        List<InvoiceData.Payment> payments = List.of(
                new InvoiceData.Payment(Instant.parse("2025-03-05T10:00:00Z"), "payment", "bank_transfer", "INV-REF-77", 10000, 10000),
                new InvoiceData.Payment(Instant.parse("2025-03-06T10:00:00Z"), "refund", "card", null, -2500, 7500));
        return new InvoiceData(letterhead(logo), "ORD-00042", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
                billTo(), deliverTo(), "XAW00000123456", "XAW00000654321", true, "£", "en-GB", lines, itemsNet,
                new InvoiceData.Shipping(shipping, "Standard pallet"), subtotal, tax, total, payments, 7500, total - 7500,
                "Sort code 12-34-56, account 12345678", "Payment is due within 30 days of the invoice date.",
                "Leave with cellar team", LINK);
    }

    static DeliveryNoteData deliveryNote(int lineCount, byte[] logo) {
        List<DeliveryNoteData.Line> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) lines.add(new DeliveryNoteData.Line("Beer " + i + " – 30L Keg", "30L Keg", BigDecimal.valueOf(i)));
        return new DeliveryNoteData(letterhead(logo), "ORD-00042", LocalDate.parse("2025-03-01"), billTo(), deliverTo(),
                "XAW00000123456", true, "Dispatched", Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-13T17:00:00Z"),
                "en-GB", lines, "Leave with cellar team", LINK);
    }

    /** A small PNG logo. */
    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x60, 0x10));
        g.fillRoundRect(0, 0, 200, 80, 20, 20);
        g.dispose();
        return encode(image, "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
