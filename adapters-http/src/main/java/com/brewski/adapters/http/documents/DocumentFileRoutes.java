package com.brewski.adapters.http.documents;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.documents.ManageDocuments;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * {@code GET /orders/:id/documents/:documentId/file}: the PDF of one of the order's current
 * documents, streamed from the object store to the members of the order's team. It is what a
 * document's {@code fileUrl} names; documents are never served by a public URL.
 */
public final class DocumentFileRoutes implements RouteGroup {
    private final ManageDocuments documents;

    public DocumentFileRoutes(ManageDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/orders/{orderId}/documents/{documentId}/file", Access.TEAM_MEMBER, this::file));
    }

    private void file(Context ctx) {
        UUID orderId = RequestParams.pathId(ctx, "orderId", "Order not found");
        UUID documentId = RequestParams.pathId(ctx, "documentId", "Document not found");
        ManageDocuments.DocumentFile file = documents.file(caller(ctx), orderId, documentId);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
        ctx.contentType(file.contentType()).result(file.content());
    }
}
