package com.brewski.adapters.storage;

import com.brewski.application.documents.InvoiceData;
import com.brewski.application.documents.Letterhead;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders invoices and delivery notes and reads them back with iText's text extractor. */
class ITextDocumentRendererTest {
    private final ITextDocumentRenderer renderer = new ITextDocumentRenderer();

    /** What a PDF reads as: the text of each page, and per page the kinds of XObject it draws. */
    record ReadBack(List<String> pages, List<List<String>> xObjectSubtypes, List<Rectangle> sizes) {
        String text() {
            return String.join("\n", pages);
        }
    }

    static ReadBack read(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> pages = new ArrayList<>();
            List<List<String>> xObjects = new ArrayList<>();
            List<Rectangle> sizes = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(i)));
                sizes.add(document.getPage(i).getPageSize());
                List<String> subtypes = new ArrayList<>();
                PdfDictionary xobjects = document.getPage(i).getResources().getResource(PdfName.XObject);
                if (xobjects != null) {
                    for (PdfName name : xobjects.keySet()) {
                        PdfStream stream = xobjects.getAsStream(name);
                        subtypes.add(stream.getAsName(PdfName.Subtype).getValue());
                    }
                }
                xObjects.add(subtypes);
            }
            return new ReadBack(pages, xObjects, sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_invoice_prints_its_number_parties_lines_totals_ledger_bank_details_and_terms() {
        InvoiceData invoice = SamplePaperwork.invoice(3, SamplePaperwork.logoPng());
        byte[] pdf = renderer.invoice(invoice);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        ReadBack back = read(pdf);
        assertThat(back.pages()).hasSize(1);
        assertThat(back.sizes().getFirst().getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(back.sizes().getFirst().getHeight()).isEqualTo(PageSize.A4.getHeight());
        String text = back.text();
        assertThat(text).contains("INVOICE", "Invoice number: ORD-00042", "Issue date: 1 Mar 2025", "Due date: 31 Mar 2025");
        assertThat(text).contains("Lantern Brewing Ltd", "Unit 4, Brewery Yard", "Bristol BS2 0XX", "VAT number: GB123456789");
        assertThat(text).contains("Bill to", "Accounts, 9 Mill Lane", "BA1 1AA", "Deliver to", "Cellar door", "BS1 4DJ", "The Crown Inn");
        assertThat(text).contains("AWRS number: XAW00000123456", "Client AWRS number: XAW00000654321", "Duty suspended");
        assertThat(text).contains("Beer 1 – 30L Keg", "Beer 2 – 30L Keg", "Beer 3 – 30L Keg");
        // line 3: 3 × £60.00 = £180.00, 10% off (£18.00), 20% tax → £194.40
        assertThat(text).contains("£60.00", "10% (£18.00)", "20%", "£194.40");
        assertThat(text).contains("Shipping (Standard pallet) £15.00");
        assertThat(text).contains("Subtotal £" , "Tax £", "Total £" + money(invoice.totalMinor()));
        assertThat(text).contains("Paid £75.00", "Outstanding £" + money(invoice.outstandingMinor()));
        assertThat(text).contains("5 Mar 2025", "Bank transfer", "INV-REF-77", "£100.00", "Refund", "-£25.00");
        assertThat(text).contains("How to pay", "Sort code 12-34-56, account 12345678");
        assertThat(text).contains("Payment terms", "Payment is due within 30 days of the invoice date.");
        assertThat(text).contains("Leave with cellar team", "https://indiebrewer.com");
        assertThat(back.xObjectSubtypes().getFirst()).containsExactlyInAnyOrder("Image", "Form");
    }

    @Test
    void a_forty_line_invoice_runs_over_pages_with_every_line_present() {
        InvoiceData invoice = SamplePaperwork.invoice(40, SamplePaperwork.logoPng());
        ReadBack back = read(renderer.invoice(invoice));

        assertThat(back.pages().size()).isGreaterThan(1);
        String text = back.text();
        for (int i = 1; i <= 40; i++) assertThat(text).contains("Beer " + i + " – 30L Keg");
        assertThat(back.pages().get(1)).contains("Description", "Unit price"); // the header repeats
        assertThat(text).contains("Total £" + money(invoice.totalMinor()), "Outstanding £" + money(invoice.outstandingMinor()));
    }

    @Test
    void an_invoice_without_payments_logo_or_bank_details_says_so() {
        InvoiceData full = SamplePaperwork.invoice(1, null);
        InvoiceData bare = new InvoiceData(new Letterhead("Hop Co", null, null, null, null), "ORD-00001", null, null,
                full.billTo(), full.deliverTo(), null, null, false, "€", "de-DE", full.lines(), full.itemsNetMinor(),
                new InvoiceData.Shipping(0, null), full.subtotalMinor(), full.taxTotalMinor(), 123456789, List.of(), 0,
                123456789, null, "Payment is due on receipt.", null, "https://indiebrewer.com");
        ReadBack back = read(renderer.invoice(bare));

        String text = back.text();
        assertThat(text).contains("Hop Co", "No payments recorded.", "Payment is due on receipt.", "Issue date: -");
        assertThat(text).contains("Total €1.234.567,89").doesNotContain("Duty suspended", "How to pay", "AWRS");
        assertThat(back.xObjectSubtypes().getFirst()).containsExactly("Form");
    }

    @Test
    void a_delivery_note_lists_every_line_and_the_dispatch_status_without_any_amount_of_money() {
        ReadBack back = read(renderer.deliveryNote(SamplePaperwork.deliveryNote(12, SamplePaperwork.logoPng())));

        String text = back.text();
        assertThat(back.sizes().getFirst().getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(text).contains("DELIVERY NOTE", "Order number: ORD-00042", "Dispatch status: Dispatched");
        assertThat(text).contains("Bill to", "Accounts, 9 Mill Lane", "Deliver to", "Cellar door", "AWRS number: XAW00000123456");
        assertThat(text).contains("Delivery window: 10 Mar 2025 09:00 UTC to 13 Mar 2025 17:00 UTC", "Duty suspended");
        for (int i = 1; i <= 12; i++) assertThat(text).contains("Beer " + i + " – 30L Keg 30L Keg " + i);
        assertThat(text).contains("https://indiebrewer.com", "Leave with cellar team");
        assertThat(text).doesNotContain("£", "60.00", "Total", "Tax", "Price", "Outstanding", "Paid", "VAT number: GB123456789 £");
        assertThat(back.xObjectSubtypes().getFirst()).containsExactlyInAnyOrder("Image", "Form");
    }

    @Test
    void characters_the_font_cannot_show_lose_their_accents_or_become_question_marks() {
        InvoiceData sample = SamplePaperwork.invoice(1, null);
        InvoiceData polish = new InvoiceData(new Letterhead("Browar Łódź", null, null, null, null), "ORD-00007",
                sample.issueDate(), sample.dueDate(), new com.brewski.application.documents.Party("Café Ćma", List.of("ul. Źródlana 1")),
                sample.deliverTo(), null, null, false, "zł", "pl-PL", sample.lines(), sample.itemsNetMinor(), sample.shipping(),
                sample.subtotalMinor(), sample.taxTotalMinor(), sample.totalMinor(), List.of(), 0, sample.totalMinor(),
                null, "Płatność w ciągu 14 dni", null, "https://indiebrewer.com");

        String text = read(renderer.invoice(polish)).text();

        assertThat(text).contains("Browar ?ódz", "Café Cma", "ul. Zródlana 1", "P?atnosc w ciagu 14 dni", "Total z?87,00");
    }

    @Test
    void a_logo_that_cannot_be_read_is_left_out() {
        ReadBack back = read(renderer.invoice(SamplePaperwork.invoice(1, new byte[]{1, 2, 3, 4})));
        assertThat(back.text()).contains("ORD-00042");
        assertThat(back.xObjectSubtypes().getFirst()).containsExactly("Form");
    }

    private static String money(long minor) {
        return String.format(java.util.Locale.UK, "%,.2f", minor / 100.0);
    }
}
