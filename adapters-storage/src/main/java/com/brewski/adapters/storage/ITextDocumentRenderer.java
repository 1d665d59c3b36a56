package com.brewski.adapters.storage;

import com.brewski.application.documents.DeliveryNoteData;
import com.brewski.application.documents.DocumentRenderer;
import com.brewski.application.documents.InvoiceData;
import com.brewski.application.documents.Letterhead;
import com.brewski.application.documents.Party;
import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Invoices and delivery notes as A4 PDFs with iText 9 (AGPL-3.0): the team's letterhead and logo,
 * the parties, the lines in a table whose header repeats on every page, and a QR code to the shop.
 * Text is set in the standard Helvetica fonts (nothing embedded, so documents stay small and quick
 * to make); a character those fonts cannot show is printed without its accent, or as {@code ?}.
 */
public final class ITextDocumentRenderer implements DocumentRenderer {
    private static final Logger log = LoggerFactory.getLogger(ITextDocumentRenderer.class);
    private static final float MARGIN = 40;
    private static final float BODY_SIZE = 9;
    private static final DeviceGray RULE = new DeviceGray(0.75f);
    private static final DeviceGray HEADER_FILL = new DeviceGray(0.92f);
    private static final float LOGO_WIDTH = 140;
    private static final float LOGO_HEIGHT = 70;
    private static final float QR_SIDE = 72;

    @Override
    public byte[] invoice(InvoiceData invoice) {
        return render("Invoice " + invoice.invoiceNumber(), invoice.seller(), (page) -> {
            Locale locale = Locale.forLanguageTag(invoice.locale());
            Money money = new Money(invoice.currencySymbol(), locale);
            page.header(invoice.seller(), "INVOICE", List.of(
                    "Invoice number: " + invoice.invoiceNumber(),
                    "Issue date: " + date(invoice.issueDate(), locale),
                    "Due date: " + date(invoice.dueDate(), locale)));
            page.parties(invoice.billTo(), invoice.deliverTo());
            page.compliance(invoice.awrsNumber(), invoice.clientAwrsNumber(), invoice.dutySuspense());

            Table lines = page.table(new float[]{35, 8, 11, 11, 15, 8, 12});
            page.headerRow(lines, "Description", "Quantity", "Unit", "Unit price", "Discount", "Tax", "Total");
            for (InvoiceData.Line line : invoice.lines()) {
                page.cell(lines, line.description(), TextAlignment.LEFT);
                page.cell(lines, quantity(line.quantity()), TextAlignment.RIGHT);
                page.cell(lines, line.unit() == null ? "" : line.unit(), TextAlignment.LEFT);
                page.cell(lines, money.format(line.unitPriceMinor()), TextAlignment.RIGHT);
                page.cell(lines, discount(line, money), TextAlignment.RIGHT);
                page.cell(lines, percent(line.taxRatePercent()), TextAlignment.RIGHT);
                page.cell(lines, money.format(line.lineTotalMinor()), TextAlignment.RIGHT);
            }
            if (invoice.lines().isEmpty()) page.emptyRow(lines, 7, "No items");
            page.add(lines);

            Table totals = new Table(UnitValue.createPercentArray(new float[]{60, 25, 15})).useAllAvailableWidth()
                    .setMarginTop(6);
            page.total(totals, "Items (net)", money.format(invoice.itemsNetMinor()), false);
            String shipping = invoice.shipping().label() == null ? "Shipping" : "Shipping (" + invoice.shipping().label() + ")";
            page.total(totals, shipping, money.format(invoice.shipping().amountMinor()), false);
            page.total(totals, "Subtotal", money.format(invoice.subtotalMinor()), false);
            page.total(totals, "Tax", money.format(invoice.taxTotalMinor()), false);
            page.total(totals, "Total", money.format(invoice.totalMinor()), true);
            page.total(totals, "Paid", money.format(invoice.netPaidMinor()), false);
            page.total(totals, "Outstanding", money.format(invoice.outstandingMinor()), true);
            page.add(totals);

            page.heading("Payments");
            if (invoice.payments().isEmpty()) {
                page.text("No payments recorded.");
            } else {
                Table ledger = page.table(new float[]{16, 12, 18, 26, 14, 14});
                page.headerRow(ledger, "Date", "Kind", "Method", "Reference", "Amount", "Paid to date");
                for (InvoiceData.Payment p : invoice.payments()) {
                    page.cell(ledger, date(p.paidAt(), locale), TextAlignment.LEFT);
                    page.cell(ledger, words(p.kind()), TextAlignment.LEFT);
                    page.cell(ledger, words(p.method()), TextAlignment.LEFT);
                    page.cell(ledger, p.reference() == null ? "" : p.reference(), TextAlignment.LEFT);
                    page.cell(ledger, money.format(p.signedAmountMinor()), TextAlignment.RIGHT);
                    page.cell(ledger, money.format(p.runningBalanceMinor()), TextAlignment.RIGHT);
                }
                page.add(ledger);
            }

            if (invoice.paymentDetails() != null) {
                page.heading("How to pay");
                page.text(invoice.paymentDetails());
            }
            page.heading("Payment terms");
            page.text(invoice.paymentTerms());
            if (invoice.notes() != null) {
                page.heading("Notes");
                page.text(invoice.notes());
            }
            page.qr(invoice.link());
        });
    }

    @Override
    public byte[] deliveryNote(DeliveryNoteData note) {
        return render("Delivery note " + note.orderNumber(), note.seller(), (page) -> {
            Locale locale = Locale.forLanguageTag(note.locale());
            page.header(note.seller(), "DELIVERY NOTE", List.of(
                    "Order number: " + note.orderNumber(),
                    "Date: " + date(note.issueDate(), locale),
                    "Dispatch status: " + note.dispatchStatus()));
            page.parties(note.billTo(), note.deliverTo());
            page.compliance(note.awrsNumber(), null, note.dutySuspense());
            if (note.deliveryWindowStart() != null || note.deliveryWindowEnd() != null) {
                page.text("Delivery window: " + dateTime(note.deliveryWindowStart(), locale) + " to "
                        + dateTime(note.deliveryWindowEnd(), locale));
            }

            Table lines = page.table(new float[]{64, 18, 18});
            page.headerRow(lines, "Description", "Unit", "Quantity");
            for (DeliveryNoteData.Line line : note.lines()) {
                page.cell(lines, line.description(), TextAlignment.LEFT);
                page.cell(lines, line.unit() == null ? "" : line.unit(), TextAlignment.LEFT);
                page.cell(lines, quantity(line.quantity()), TextAlignment.RIGHT);
            }
            if (note.lines().isEmpty()) page.emptyRow(lines, 3, "No items");
            page.add(lines);

            if (note.notes() != null) {
                page.heading("Notes");
                page.text(note.notes());
            }
            page.heading("Received in good condition");
            page.text("Name: ______________________________   Signature: ______________________________   Date: ____________");
            page.qr(note.link());
        });
    }

    @FunctionalInterface
    private interface Content {
        void write(Page page);
    }

    private static byte[] render(String title, Letterhead seller, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(title).setAuthor(seller.displayName()).setCreator("Brewski");
            Document document = new Document(pdf, PageSize.A4);
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            Page page = new Page(pdf, document);
            document.setFont(page.regular).setFontSize(BODY_SIZE);
            content.write(page);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
        return out.toByteArray();
    }

    /** One document being written: its fonts and the building blocks of both kinds of paperwork. */
    private static final class Page {
        final PdfDocument pdf;
        final Document document;
        final PdfFont regular;
        final PdfFont bold;

        Page(PdfDocument pdf, Document document) throws IOException {
            this.pdf = pdf;
            this.document = document;
            this.regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            this.bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
        }

        void header(Letterhead seller, String title, List<String> facts) {
            Table header = new Table(UnitValue.createPercentArray(new float[]{60, 40})).useAllAvailableWidth();
            Cell from = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
            Image logo = logo(seller.logoPng());
            if (logo != null) from.add(logo.setMarginBottom(6));
            from.add(line(seller.displayName(), bold).setFontSize(13).setMarginBottom(2));
            if (!seller.displayName().equals(seller.teamName())) from.add(line(seller.teamName(), regular));
            if (seller.billingAddress() != null) from.add(line(seller.billingAddress(), regular));
            if (seller.vatNumber() != null) from.add(line("VAT number: " + seller.vatNumber(), regular));
            header.addCell(from);

            Cell about = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setTextAlignment(TextAlignment.RIGHT);
            about.add(line(title, bold).setFontSize(18).setMarginBottom(4));
            for (String fact : facts) about.add(line(fact, regular));
            header.addCell(about);
            document.add(header.setMarginBottom(12));
        }

        void parties(Party billTo, Party deliverTo) {
            Table parties = new Table(UnitValue.createPercentArray(new float[]{50, 50})).useAllAvailableWidth();
            parties.addCell(party("Bill to", billTo));
            parties.addCell(party("Deliver to", deliverTo));
            document.add(parties.setMarginBottom(10));
        }

        private Cell party(String label, Party party) {
            Cell cell = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(0);
            cell.add(line(label, bold).setFontColor(ColorConstants.DARK_GRAY).setMarginBottom(2));
            cell.add(line(party.name(), bold));
            for (String text : party.addressLines()) cell.add(line(text, regular));
            return cell;
        }

        void compliance(String awrsNumber, String clientAwrsNumber, boolean dutySuspense) {
            StringBuilder awrs = new StringBuilder();
            if (awrsNumber != null) awrs.append("AWRS number: ").append(awrsNumber);
            if (clientAwrsNumber != null) {
                if (!awrs.isEmpty()) awrs.append("    ");
                awrs.append("Client AWRS number: ").append(clientAwrsNumber);
            }
            if (!awrs.isEmpty()) document.add(line(awrs.toString(), regular).setMarginBottom(2));
            if (dutySuspense) {
                document.add(line("Duty suspended: these goods are supplied under duty suspension; "
                        + "excise duty has not been paid.", bold).setMarginBottom(2));
            }
        }

        Table table(float[] widths) {
            return new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginTop(8);
        }

        /** A paragraph without the default space around it. */
        Paragraph line(String text, PdfFont font) {
            return new Paragraph(safe(text, font)).setFont(font).setMargin(0).setMultipliedLeading(1.15f);
        }

        void headerRow(Table table, String... titles) {
            for (int i = 0; i < titles.length; i++) {
                table.addHeaderCell(new Cell().add(line(titles[i], bold))
                        .setBackgroundColor(HEADER_FILL).setBorder(Border.NO_BORDER)
                        .setTextAlignment(i == 0 ? TextAlignment.LEFT : TextAlignment.RIGHT));
            }
        }

        void cell(Table table, String text, TextAlignment alignment) {
            table.addCell(new Cell().add(line(text, regular)).setTextAlignment(alignment)
                    .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(RULE, 0.5f)));
        }

        void emptyRow(Table table, int columns, String text) {
            table.addCell(new Cell(1, columns).add(line(text, regular)).setBorder(Border.NO_BORDER));
        }

        void total(Table totals, String label, String amount, boolean strong) {
            PdfFont font = strong ? bold : regular;
            totals.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(1));
            totals.addCell(new Cell().add(line(label, font)).setBorder(Border.NO_BORDER).setPadding(1)
                    .setTextAlignment(TextAlignment.RIGHT));
            totals.addCell(new Cell().add(line(amount, font)).setBorder(Border.NO_BORDER).setPadding(1)
                    .setTextAlignment(TextAlignment.RIGHT));
        }

        void heading(String text) {
            document.add(line(text, bold).setFontSize(10).setMarginTop(10).setMarginBottom(2));
        }

        void text(String text) {
            document.add(line(text, regular));
        }

        void add(Table table) {
            document.add(table);
        }

        void qr(String link) {
            PdfFormXObject code = new BarcodeQRCode(link).createFormXObject(ColorConstants.BLACK, pdf);
            Table footer = new Table(UnitValue.createPercentArray(new float[]{80, 20})).useAllAvailableWidth()
                    .setMarginTop(10);
            footer.addCell(new Cell().add(line("Scan the code or visit " + link, regular)
                            .setFontColor(ColorConstants.DARK_GRAY))
                    .setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.MIDDLE));
            footer.addCell(new Cell().add(new Image(code).scaleToFit(QR_SIDE, QR_SIDE)).setBorder(Border.NO_BORDER)
                    .setTextAlignment(TextAlignment.RIGHT));
            footer.setKeepTogether(true);
            document.add(footer);
        }

        /** The logo scaled to fit its box, or null when there is none or it cannot be read. */
        private static Image logo(byte[] bytes) {
            if (bytes == null || bytes.length == 0) return null;
            try {
                return new Image(ImageDataFactory.create(bytes)).scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            } catch (RuntimeException e) {
                log.warn("team logo could not be read, rendering without it: {}", e.toString());
                return null;
            }
        }
    }

    /**
     * The text with every character the font cannot show replaced: by its letter without accents when
     * that can be shown (é → e), else by {@code ?}. Line breaks are kept.
     */
    static String safe(String text, PdfFont font) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || font.containsGlyph(cp)) {
                out.appendCodePoint(cp);
                return;
            }
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            int first = base.codePointAt(0);
            out.appendCodePoint(first != cp && font.containsGlyph(first) ? first : '?');
        });
        return out.toString();
    }

    /** Minor units with the order's currency symbol, grouped and with two decimals in the team's locale. */
    private record Money(String symbol, Locale locale) {
        String format(long minor) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMinimumFractionDigits(2);
            number.setMaximumFractionDigits(2);
            String amount = number.format(BigDecimal.valueOf(Math.abs(minor), 2));
            return (minor < 0 ? "-" : "") + symbol + amount;
        }
    }

    private static String discount(InvoiceData.Line line, Money money) {
        if (line.discountMinor() == 0 && line.discountPercent() == null) return "";
        String amount = money.format(line.discountMinor());
        return line.discountPercent() == null ? amount : percent(line.discountPercent()) + " (" + amount + ")";
    }

    private static String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal percent) {
        if (percent == null) return "";
        BigDecimal value = percent.setScale(Math.max(0, Math.min(2, percent.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        return value.toPlainString() + "%";
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "-" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    private static String date(Instant instant, Locale locale) {
        return instant == null ? "-" : date(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
    }

    private static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "-" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", locale)
                .format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String words(String wire) {
        String spaced = wire.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
