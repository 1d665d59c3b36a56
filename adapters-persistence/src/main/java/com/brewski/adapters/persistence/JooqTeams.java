package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.TeamsRecord;
import com.brewski.application.identity.Teams;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Location;
import com.brewski.domain.identity.OperatingMode;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;

import com.brewski.domain.shared.Conflict;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;

/** Teams and their settings in the {@code teams} table, one column per setting. */
final class JooqTeams implements Teams {
    /** The platform team inserted by migration V1. */
    static final TeamId PLATFORM_TEAM = new TeamId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    private final JooqTransactions transactions;

    JooqTeams(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Team> byId(TeamId id) {
        return transactions.dsl().selectFrom(TEAMS)
                .where(TEAMS.ID.eq(id.value()))
                .fetchOptional()
                .map(JooqTeams::toTeam);
    }

    @Override
    public Optional<Team> byIdForUpdate(TeamId id) {
        return transactions.dsl().selectFrom(TEAMS)
                .where(TEAMS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional()
                .map(JooqTeams::toTeam);
    }

    @Override
    public TeamId platformTeamId() {
        return PLATFORM_TEAM;
    }

    @Override
    public List<PublicSlug> slugsLike(PublicSlug base) {
        lock(base);
        return transactions.dsl().select(TEAMS.PUBLIC_SLUG).from(TEAMS)
                .where(TEAMS.PUBLIC_SLUG.eq(base.value())
                        .or(TEAMS.PUBLIC_SLUG.likeRegex("^" + base.value() + "-[0-9]+$")))
                .fetch(r -> new PublicSlug(r.value1()));
    }

    @Override
    public Optional<TeamId> holderOf(PublicSlug slug) {
        lock(slug);
        return transactions.dsl().select(TEAMS.ID).from(TEAMS)
                .where(TEAMS.PUBLIC_SLUG.eq(slug.value()))
                .fetchOptional(r -> new TeamId(r.value1()));
    }

    /** A transaction-scoped advisory lock on the slug (slugs are [a-z0-9-], safe in a regex and a key). */
    private void lock(PublicSlug slug) {
        transactions.dsl().select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 20))", Object.class,
                DSL.val("team-slug:" + slug.value()))).fetch();
    }

    @Override
    public void insert(Team team) {
        TeamsRecord row = transactions.dsl().newRecord(TEAMS);
        row.setId(team.id().value());
        row.setIsPlatform(team.isPlatform());
        row.setCreatedAt(team.createdAt());
        write(team, row);
        try {
            row.insert();
        } catch (DataAccessException e) {
            throw slugTaken(e);
        }
    }

    @Override
    public void update(Team team) {
        TeamsRecord row = transactions.dsl().newRecord(TEAMS);
        write(team, row);
        int updated;
        try {
            updated = transactions.dsl().update(TEAMS)
                    .set(row)
                    .where(TEAMS.ID.eq(team.id().value()))
                    .execute();
        } catch (DataAccessException e) {
            throw slugTaken(e);
        }
        if (updated == 0) throw new IllegalStateException("team " + team.id() + " is not stored");
    }

    /** A unique violation on the slug becomes a 409; anything else comes out unchanged. */
    private static RuntimeException slugTaken(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("teams_public_slug_key")) {
                Conflict conflict = new Conflict("publicSlug is already taken", "PUBLIC_SLUG_TAKEN");
                conflict.addSuppressed(e);
                return conflict;
            }
        }
        return e;
    }

    /** Copies the settings, logo and update time onto a row (every column but id, is_platform and created_at). */
    private static void write(Team team, TeamsRecord row) {
        TeamSettings s = team.settings();
        row.setName(s.name());
        row.setPublicSlug(team.publicSlug().value());
        row.setCurrencySymbol(s.currencySymbol());
        row.setLocale(s.locale());
        row.setObscureOrderNumber(s.obscureOrderNumber());
        row.setBillingName(s.billingName());
        row.setBillingAddress(s.billingAddress());
        row.setVatNumber(s.vatNumber());
        row.setPaymentDetails(s.paymentDetails());
        row.setInvoiceTerms(s.invoiceTerms());
        row.setDefaultPaymentTermsAmount(s.defaultPaymentTermsAmount());
        row.setDefaultPaymentTermsUnit(s.defaultPaymentTermsUnit().wire());
        DepositSetting keg = s.deposit(ContainerType.KEG);
        row.setDepositKegEnabled(keg.enabled());
        row.setDepositKegMinor(keg.amountMinor());
        DepositSetting cask = s.deposit(ContainerType.CASK);
        row.setDepositCaskEnabled(cask.enabled());
        row.setDepositCaskMinor(cask.amountMinor());
        DepositSetting can = s.deposit(ContainerType.CAN);
        row.setDepositCanEnabled(can.enabled());
        row.setDepositCanMinor(can.amountMinor());
        DepositSetting bottle = s.deposit(ContainerType.BOTTLE);
        row.setDepositBottleEnabled(bottle.enabled());
        row.setDepositBottleMinor(bottle.amountMinor());
        row.setLocationTown(s.location().town());
        row.setLocationCountry(s.location().country());
        row.setOffTradeContactEmail(s.offTradeContactEmail() == null ? null : s.offTradeContactEmail().value());
        row.setOperatingMode(s.operatingMode().wire());
        row.setLogoKey(team.logoKey().orElse(null));
        row.setUpdatedAt(team.updatedAt());
    }

    private static Team toTeam(TeamsRecord row) {
        Map<ContainerType, DepositSetting> deposits = new EnumMap<>(ContainerType.class);
        deposits.put(ContainerType.KEG, new DepositSetting(row.getDepositKegEnabled(), row.getDepositKegMinor()));
        deposits.put(ContainerType.CASK, new DepositSetting(row.getDepositCaskEnabled(), row.getDepositCaskMinor()));
        deposits.put(ContainerType.CAN, new DepositSetting(row.getDepositCanEnabled(), row.getDepositCanMinor()));
        deposits.put(ContainerType.BOTTLE, new DepositSetting(row.getDepositBottleEnabled(), row.getDepositBottleMinor()));
        TeamSettings settings = new TeamSettings(
                row.getName(),
                row.getCurrencySymbol(),
                row.getLocale(),
                row.getObscureOrderNumber(),
                row.getBillingName(),
                row.getBillingAddress(),
                row.getVatNumber(),
                row.getPaymentDetails(),
                row.getInvoiceTerms(),
                row.getDefaultPaymentTermsAmount(),
                PaymentTermsUnit.parse("defaultPaymentTermsUnit", row.getDefaultPaymentTermsUnit()),
                deposits,
                new Location(row.getLocationTown(), row.getLocationCountry()),
                row.getOffTradeContactEmail() == null ? null : new Email(row.getOffTradeContactEmail()),
                OperatingMode.parse("operatingMode", row.getOperatingMode()));
        return Team.restore(new TeamId(row.getId()), row.getIsPlatform(), settings, new PublicSlug(row.getPublicSlug()), row.getLogoKey(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
