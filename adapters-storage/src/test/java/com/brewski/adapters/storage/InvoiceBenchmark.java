package com.brewski.adapters.storage;

import com.brewski.application.documents.DeliveryNoteData;
import com.brewski.application.documents.InvoiceData;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long one invoice takes to render: a 40-line order with a logo, payments and the QR code,
 * rendered after a warm-up so the JIT has done its work. A harness, not a test; run it with
 * {@code ./mvnw -B -q -pl domain,application,adapters-storage -Pinvoice-benchmark -DskipTests test}
 * (arguments: warm-up and measured iterations, default 300 and 500).
 */
public final class InvoiceBenchmark {
    private InvoiceBenchmark() {}

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ITextDocumentRenderer renderer = new ITextDocumentRenderer();
        byte[] logo = SamplePaperwork.logoPng();
        InvoiceData invoice = SamplePaperwork.invoice(40, logo);
        DeliveryNoteData note = SamplePaperwork.deliveryNote(40, logo);

        System.out.printf(Locale.ROOT, "Java %s, %d processors; %d warm-up and %d measured renders each%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmUp, measured);
        report("invoice, 40 lines", () -> renderer.invoice(invoice), warmUp, measured);
        report("delivery note, 40 lines", () -> renderer.deliveryNote(note), warmUp, measured);
    }

    private static void report(String what, Supplier<byte[]> render, int warmUp, int measured) {
        int size = 0;
        for (int i = 0; i < warmUp; i++) size = render.get().length;
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            render.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%-24s mean %.2f ms, median %.2f ms, p95 %.2f ms per document (%d bytes, %d pages)%n",
                what, mean, nanos[measured / 2] / 1e6, nanos[(int) (measured * 0.95)] / 1e6, size, pages(render.get()));
    }

    private static int pages(byte[] pdf) {
        return ITextDocumentRendererTest.read(pdf).pages().size();
    }
}
