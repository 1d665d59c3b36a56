package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.TeamsRecord;
import com.brewski.application.identity.Teams;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Location;
import com.brewski.domain.identity.OperatingMode;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.offtrade.OffTradeDistricts;

import java.util.EnumMap;
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
    public void insert(Team team) {
        TeamsRecord row = transactions.dsl().newRecord(TEAMS);
        row.setId(team.id().value());
        row.setIsPlatform(team.isPlatform());
        row.setCreatedAt(team.createdAt());
        write(team, row);
        row.insert();
    }

    @Override
    public void update(Team team) {
        TeamsRecord row = transactions.dsl().newRecord(TEAMS);
        write(team, row);
        int updated = transactions.dsl().update(TEAMS)
                .set(row)
                .where(TEAMS.ID.eq(team.id().value()))
                .execute();
        if (updated == 0) throw new IllegalStateException("team " + team.id() + " is not stored");
    }

    /** Copies the settings, logo and update time onto a row (every column but id, is_platform and created_at). */
    private static void write(Team team, TeamsRecord row) {
        TeamSettings s = team.settings();
        row.setName(s.name());
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
        row.setOffTradeDistricts(s.offTradeDistricts().values().toArray(String[]::new));
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
                OperatingMode.parse("operatingMode", row.getOperatingMode()),
                OffTradeDistricts.parse(java.util.Arrays.asList(row.getOffTradeDistricts())));
        return Team.restore(new TeamId(row.getId()), row.getIsPlatform(), settings, row.getLogoKey(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
