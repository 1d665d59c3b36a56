package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.enums.KegCouplerType;
import com.brewski.adapters.persistence.jooq.tables.records.UpsellImagesRecord;
import com.brewski.adapters.persistence.jooq.tables.records.UpsellsRecord;
import com.brewski.application.shop.Upsells;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shop.CouplerType;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellDetails;
import com.brewski.domain.shop.UpsellImage;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.brewski.adapters.persistence.jooq.Tables.UPSELLS;
import static com.brewski.adapters.persistence.jooq.Tables.UPSELL_IMAGES;

/**
 * Upsells in {@code upsells} and their images in {@code upsell_images}; a partial unique index keeps
 * one default image per upsell, and changes of one upsell's images queue on its row lock.
 */
final class JooqUpsells implements Upsells {
    private final JooqTransactions transactions;

    JooqUpsells(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Upsell> list(boolean includeInactive) {
        Condition which = includeInactive ? DSL.trueCondition() : UPSELLS.IS_ACTIVE.isTrue();
        List<UpsellsRecord> rows = transactions.dsl().selectFrom(UPSELLS).where(which)
                .orderBy(UPSELLS.DISPLAY_ORDER, UPSELLS.NAME, UPSELLS.ID).fetch();
        if (rows.isEmpty()) return List.of();
        Map<UUID, List<UpsellImage>> images = transactions.dsl().selectFrom(UPSELL_IMAGES)
                .where(UPSELL_IMAGES.UPSELL_ID.in(rows.stream().map(UpsellsRecord::getId).toList()))
                .orderBy(UPSELL_IMAGES.CREATED_AT, UPSELL_IMAGES.ID)
                .fetch(JooqUpsells::toImage).stream()
                .collect(Collectors.groupingBy(UpsellImage::upsellId));
        return rows.stream().map(r -> toUpsell(r, images.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public Optional<Upsell> byId(UUID id) {
        return transactions.dsl().selectFrom(UPSELLS).where(UPSELLS.ID.eq(id)).fetchOptional()
                .map(row -> toUpsell(row, images(id)));
    }

    @Override
    public Optional<Upsell> byIdForUpdate(UUID id) {
        return transactions.dsl().selectFrom(UPSELLS).where(UPSELLS.ID.eq(id)).forUpdate().fetchOptional()
                .map(row -> toUpsell(row, images(id)));
    }

    private List<UpsellImage> images(UUID upsellId) {
        return transactions.dsl().selectFrom(UPSELL_IMAGES).where(UPSELL_IMAGES.UPSELL_ID.eq(upsellId))
                .orderBy(UPSELL_IMAGES.CREATED_AT, UPSELL_IMAGES.ID).fetch(JooqUpsells::toImage);
    }

    @Override
    public boolean slugTaken(String slug, UUID except) {
        return transactions.dsl().fetchExists(UPSELLS, UPSELLS.SLUG.eq(slug).and(UPSELLS.ID.ne(except)));
    }

    @Override
    public void insert(Upsell upsell) {
        UpsellsRecord row = transactions.dsl().newRecord(UPSELLS);
        row.setId(upsell.id());
        row.setCreatedAt(upsell.createdAt());
        write(upsell, row);
        try {
            row.insert();
        } catch (DataAccessException e) {
            throw slugTaken(e);
        }
    }

    @Override
    public void update(Upsell upsell) {
        UpsellsRecord row = transactions.dsl().newRecord(UPSELLS);
        write(upsell, row);
        try {
            transactions.dsl().update(UPSELLS).set(row).where(UPSELLS.ID.eq(upsell.id())).execute();
        } catch (DataAccessException e) {
            throw slugTaken(e);
        }
        syncImages(upsell);
    }

    /** Removed images go, the old default is cleared before the new one is set, new images are added. */
    private void syncImages(Upsell upsell) {
        List<UpsellImage> wanted = upsell.images();
        Set<UUID> wantedIds = wanted.stream().map(UpsellImage::id).collect(Collectors.toSet());
        Set<UUID> stored = Set.copyOf(transactions.dsl().select(UPSELL_IMAGES.ID).from(UPSELL_IMAGES)
                .where(UPSELL_IMAGES.UPSELL_ID.eq(upsell.id())).fetch(UPSELL_IMAGES.ID));
        Optional<UUID> defaultId = upsell.defaultImage().map(UpsellImage::id);
        transactions.dsl().deleteFrom(UPSELL_IMAGES)
                .where(UPSELL_IMAGES.UPSELL_ID.eq(upsell.id()).and(UPSELL_IMAGES.ID.notIn(wantedIds.isEmpty() ? Set.of(new UUID(0, 0)) : wantedIds)))
                .execute();
        transactions.dsl().update(UPSELL_IMAGES).set(UPSELL_IMAGES.IS_DEFAULT, false)
                .where(UPSELL_IMAGES.UPSELL_ID.eq(upsell.id()).and(UPSELL_IMAGES.IS_DEFAULT.isTrue())
                        .and(defaultId.map(UPSELL_IMAGES.ID::ne).orElse(DSL.trueCondition())))
                .execute();
        for (UpsellImage image : wanted) {
            if (!stored.contains(image.id())) {
                transactions.dsl().insertInto(UPSELL_IMAGES, UPSELL_IMAGES.ID, UPSELL_IMAGES.UPSELL_ID, UPSELL_IMAGES.IS_DEFAULT,
                        UPSELL_IMAGES.CREATED_AT).values(image.id(), image.upsellId(), image.isDefault(), image.createdAt()).execute();
            }
        }
        defaultId.filter(stored::contains).ifPresent(id -> transactions.dsl().update(UPSELL_IMAGES)
                .set(UPSELL_IMAGES.IS_DEFAULT, true).where(UPSELL_IMAGES.ID.eq(id)).execute());
    }

    @Override
    public void delete(UUID id) {
        transactions.dsl().deleteFrom(UPSELLS).where(UPSELLS.ID.eq(id)).execute(); // images cascade
    }

    private static void write(Upsell upsell, UpsellsRecord row) {
        UpsellDetails d = upsell.details();
        row.setSlug(d.slug());
        row.setName(d.name());
        row.setDescription(d.description());
        row.setPriceMinor(d.priceMinor());
        row.setCurrencySymbol(d.currencySymbol());
        row.setCouplerType(d.couplerType() == null ? null : KegCouplerType.lookupLiteral(d.couplerType().wire()));
        row.setIsActive(d.active());
        row.setDisplayOrder(d.displayOrder());
        row.setUpdatedAt(upsell.updatedAt());
    }

    private static Upsell toUpsell(UpsellsRecord row, List<UpsellImage> images) {
        CouplerType coupler = row.getCouplerType() == null ? null : CouplerType.parse("couplerType", row.getCouplerType().getLiteral());
        UpsellDetails details = new UpsellDetails(row.getSlug(), row.getName(), row.getDescription(), row.getPriceMinor(),
                row.getCurrencySymbol(), coupler, row.getIsActive(), row.getDisplayOrder());
        return Upsell.restore(row.getId(), details, images, row.getCreatedAt(), row.getUpdatedAt());
    }

    private static UpsellImage toImage(UpsellImagesRecord row) {
        return new UpsellImage(row.getId(), row.getUpsellId(), row.getIsDefault(), row.getCreatedAt());
    }

    private static RuntimeException slugTaken(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("upsells_slug_key")) {
                Conflict conflict = new Conflict("slug is already taken", "UPSELL_SLUG_TAKEN");
                conflict.addSuppressed(e);
                return conflict;
            }
        }
        return e;
    }
}
