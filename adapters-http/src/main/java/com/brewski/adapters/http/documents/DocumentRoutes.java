package com.brewski.adapters.http.documents;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.documents.DocumentJson.DocumentBody;
import com.brewski.adapters.http.documents.DocumentJson.ListJson;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.documents.ManageDocuments;
import io.javalin.http.Context;

import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * Invoices and delivery notes of an order: generated on demand, listed while current, and read through
 * {@code GET /orders/:id/documents/:documentId/file} (a document's {@code fileUrl}), which streams the
 * PDF from the object store to the members of the order's team; documents have no public URL.
 */
public final class DocumentRoutes implements RouteGroup {
    private final ManageDocuments documents;

    public DocumentRoutes(ManageDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/orders/{orderId}/invoice", Access.TEAM_MEMBER, this::invoice),
                Route.post("/orders/{orderId}/delivery-note", Access.TEAM_MEMBER, this::deliveryNote),
                Route.get("/orders/{orderId}/documents", Access.TEAM_MEMBER, this::list),
                Route.get("/orders/{orderId}/documents/{documentId}/file", Access.TEAM_MEMBER, this::file));
    }

    private void invoice(Context ctx) {
        ctx.json(DocumentJson.of(documents.generateInvoice(caller(ctx), orderId(ctx))));
    }

    private void deliveryNote(Context ctx) {
        ctx.json(DocumentJson.of(documents.generateDeliveryNote(caller(ctx), orderId(ctx))));
    }

    private void list(Context ctx) {
        UUID orderId = orderId(ctx);
        ctx.json(new ListJson(orderId, documents.list(caller(ctx), orderId).stream().map(DocumentBody::of).toList()));
    }

    private void file(Context ctx) {
        UUID documentId = RequestParams.pathId(ctx, "documentId", "Document not found");
        ManageDocuments.DocumentFile file = documents.file(caller(ctx), orderId(ctx), documentId);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
        ctx.contentType(file.contentType()).result(file.content());
    }

    private static UUID orderId(Context ctx) {
        return RequestParams.pathId(ctx, "orderId", "Order not found");
    }
}
