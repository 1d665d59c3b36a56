package com.brewski.adapters.http.fulfillment;

import com.brewski.adapters.http.fulfillment.VoucherJson.AddedBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.PartnerBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.PartnerJson;
import com.brewski.adapters.http.fulfillment.VoucherJson.ProductBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.ProductJson;
import com.brewski.adapters.http.fulfillment.VoucherJson.SourceBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.SourceJson;
import com.brewski.adapters.http.fulfillment.VoucherJson.VariantBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.VariantJson;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.fulfillment.AddPartnerSource;
import com.brewski.application.fulfillment.AddVoucherVariant;
import com.brewski.application.fulfillment.CreatePartner;
import com.brewski.application.fulfillment.CreateVoucherProduct;
import com.brewski.application.fulfillment.ListPartners;
import com.brewski.application.fulfillment.ListVoucherProducts;
import com.brewski.application.fulfillment.LoadPreloadedCodes;
import com.brewski.application.fulfillment.UpdatePartnerSource;
import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerKind;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.fulfillment.VoucherProduct;
import com.brewski.domain.fulfillment.VoucherProductId;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.List;
import java.util.Objects;

/** The voucher catalogue and partners, for platform staff: products, variants, partners, sources and preloaded stock. */
public final class VoucherCatalogueRoutes implements RouteGroup {

    /** The use cases behind these routes. */
    public record UseCases(CreatePartner createPartner, ListPartners listPartners, LoadPreloadedCodes loadCodes,
                           CreateVoucherProduct createProduct, ListVoucherProducts listProducts, AddVoucherVariant addVariant,
                           AddPartnerSource addSource, UpdatePartnerSource updateSource) {
        public UseCases {
            Objects.requireNonNull(createPartner);
            Objects.requireNonNull(listPartners);
            Objects.requireNonNull(loadCodes);
            Objects.requireNonNull(createProduct);
            Objects.requireNonNull(listProducts);
            Objects.requireNonNull(addVariant);
            Objects.requireNonNull(addSource);
            Objects.requireNonNull(updateSource);
        }
    }

    private final UseCases useCases;
    private final BodyReader bodies;

    public VoucherCatalogueRoutes(UseCases useCases, BodyReader bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/admin/partners", Access.PLATFORM_SUPPORT, this::createPartner).status(201).returns(PartnerBody.class),
                Route.get("/admin/partners", Access.PLATFORM_SUPPORT, this::listPartners),
                Route.post("/admin/partners/{id}/codes", Access.PLATFORM_SUPPORT, this::loadCodes).status(201).returns(AddedBody.class),
                Route.post("/admin/voucher-products", Access.PLATFORM_SUPPORT, this::createProduct).status(201).returns(ProductBody.class),
                Route.get("/admin/voucher-products", Access.PLATFORM_SUPPORT, this::listProducts),
                Route.post("/admin/voucher-products/{id}/variants", Access.PLATFORM_SUPPORT, this::addVariant).status(201).returns(VariantBody.class),
                Route.post("/admin/variants/{id}/sources", Access.PLATFORM_SUPPORT, this::addSource).status(201).returns(SourceBody.class),
                Route.patch("/admin/partner-sources/{id}", Access.PLATFORM_SUPPORT, this::updateSource).returns(SourceBody.class));
    }

    private void createPartner(Context ctx) {
        JsonBody body = bodies.object(ctx);
        Partner partner = useCases.createPartner().create(new Partner.Draft(body.optionalString("name"),
                body.requiredEnum("kind", PartnerKind::parse)));
        ctx.status(201).json(new PartnerBody(PartnerJson.of(partner)));
    }

    private void listPartners(Context ctx) {
        ctx.json(PageBody.of(useCases.listPartners().list(RequestParams.page(ctx)), "id", "asc", PartnerJson::of));
    }

    private void loadCodes(Context ctx) {
        long partnerId = VoucherParams.pathId(ctx, "id", "Partner not found", "PARTNER_NOT_FOUND");
        JsonBody body = bodies.object(ctx);
        long variantId = VoucherParams.requiredId(body, "variantId");
        List<JsonBody> entries = body.optionalObjects("codes");
        if (entries == null) throw new InvalidField("codes", "codes is required");
        List<VoucherCode> codes = entries.stream().map(VoucherParams::code).toList();
        int added = useCases.loadCodes().load(new PartnerId(partnerId), new VariantId(variantId), codes);
        ctx.status(201).json(new AddedBody(added));
    }

    private void createProduct(Context ctx) {
        JsonBody body = bodies.object(ctx);
        VoucherProduct product = useCases.createProduct().create(new VoucherProduct.Draft(body.optionalString("name"),
                body.optionalString("brand"), body.optionalString("description")));
        ctx.status(201).json(new ProductBody(ProductJson.of(product)));
    }

    private void listProducts(Context ctx) {
        ctx.json(PageBody.of(useCases.listProducts().list(RequestParams.page(ctx)), "createdAt", "desc", ProductJson::of));
    }

    private void addVariant(Context ctx) {
        long productId = VoucherParams.pathId(ctx, "id", "Voucher product not found", "PRODUCT_NOT_FOUND");
        JsonBody body = bodies.object(ctx);
        VoucherVariant variant = useCases.addVariant().add(new VoucherProductId(productId), new VoucherVariant.Draft(
                body.optionalString("name"), body.requiredLong("priceMinor"), body.optionalString("currencySymbol")));
        ctx.status(201).json(new VariantBody(VariantJson.of(variant)));
    }

    private void addSource(Context ctx) {
        long variantId = VoucherParams.pathId(ctx, "id", "Variant not found", "VARIANT_NOT_FOUND");
        JsonBody body = bodies.object(ctx);
        Boolean active = body.optionalBoolean("active");
        PartnerSource source = useCases.addSource().add(new PartnerSource.Draft(new VariantId(variantId),
                new PartnerId(VoucherParams.requiredId(body, "partnerId")), body.optionalString("offerId"),
                body.requiredInt("priority"), active == null || active));
        ctx.status(201).json(new SourceBody(SourceJson.of(source)));
    }

    private void updateSource(Context ctx) {
        long sourceId = VoucherParams.pathId(ctx, "id", "Partner source not found", "SOURCE_NOT_FOUND");
        JsonBody body = bodies.object(ctx);
        PartnerSource source = useCases.updateSource().update(new PartnerSourceId(sourceId), body.optionalInt("priority"),
                body.optionalBoolean("active"));
        ctx.json(new SourceBody(SourceJson.of(source)));
    }
}
