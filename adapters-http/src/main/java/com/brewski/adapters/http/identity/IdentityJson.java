package com.brewski.adapters.http.identity;

import com.brewski.application.identity.AuthSession;
import com.brewski.application.identity.ManageSettings;
import com.brewski.application.identity.Memberships;
import com.brewski.application.identity.Profile;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.Location;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The response records of the identity routes (camelCase, nulls written as null). */
public final class IdentityJson {
    private IdentityJson() {}

    public record UserJson(UUID id, String email, String name, Instant createdAt, Instant updatedAt) {
        static UserJson of(User user) {
            return new UserJson(user.id().value(), user.email().value(), user.name(), user.createdAt(), user.updatedAt());
        }
    }

    public record AuthJson(UserJson user, String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
        static AuthJson of(AuthSession session) {
            return new AuthJson(UserJson.of(session.user()), session.accessToken(), session.refreshToken(),
                    session.expiresAt(), session.refreshExpiresAt());
        }

        @Override
        public String toString() {
            return "AuthJson[user=" + user.id() + "]";
        }
    }

    public record TeamMembershipJson(UUID teamId, String teamName, String role) {
        static TeamMembershipJson of(Memberships.TeamMembershipView view) {
            return new TeamMembershipJson(view.teamId().value(), view.teamName(), view.role());
        }
    }

    public record MeJson(UserJson user, List<TeamMembershipJson> memberships, String platformAccess) {
        static MeJson of(Profile.Me me) {
            return new MeJson(UserJson.of(me.user()), me.memberships().stream().map(TeamMembershipJson::of).toList(),
                    me.platformAccess().map(PlatformRole::wire).orElse(null));
        }
    }

    public record LocationJson(String town, String country) {
        static LocationJson of(Location location) {
            return location == null ? new LocationJson(null, null) : new LocationJson(location.town(), location.country());
        }
    }

    public record TeamJson(
            UUID id, String name, String publicSlug, String currencySymbol, String locale, boolean obscureOrderNumber,
            String billingName, String billingAddress, String vatNumber, String paymentDetails, String invoiceTerms,
            int defaultPaymentTermsAmount, String defaultPaymentTermsUnit, String operatingMode, LocationJson location,
            String offTradeContactEmail, String logoUrl, Instant createdAt, Instant updatedAt) {

        static TeamJson of(Team team, ObjectStore objectStore) {
            TeamSettings s = team.settings();
            String logoUrl = team.logoKey().filter(key -> objectStore.configured()).map(objectStore::publicUrl).orElse(null);
            return new TeamJson(team.id().value(), s.name(), team.publicSlug().value(), s.currencySymbol(), s.locale(), s.obscureOrderNumber(),
                    s.billingName(), s.billingAddress(), s.vatNumber(), s.paymentDetails(), s.invoiceTerms(),
                    s.defaultPaymentTermsAmount(), s.defaultPaymentTermsUnit().wire(), s.operatingMode().wire(),
                    LocationJson.of(s.location()), emailOrNull(s), logoUrl, team.createdAt(), team.updatedAt());
        }
    }

    public record TeamBody(TeamJson team) {}

    public record MembershipJson(UUID id, UUID teamId, UUID userId, String role, boolean deactivated,
                                 Instant createdAt, Instant updatedAt) {
        static MembershipJson of(Membership m) {
            return new MembershipJson(m.id(), m.teamId().value(), m.userId().value(), m.role(), m.deactivated(),
                    m.createdAt(), m.updatedAt());
        }
    }

    public record TeamCreatedJson(TeamJson team, MembershipJson membership) {}

    public record MemberJson(UUID id, UUID teamId, UUID userId, String role, boolean deactivated,
                             Instant createdAt, Instant updatedAt, String email, String name) {
        static MemberJson of(Memberships.MemberView view) {
            Membership m = view.membership();
            return new MemberJson(m.id(), m.teamId().value(), m.userId().value(), m.role(), m.deactivated(),
                    m.createdAt(), m.updatedAt(), view.email(), view.name());
        }
    }

    public record MemberBody(MemberJson member) {
        static MemberBody of(Memberships.MemberView view) {
            return new MemberBody(MemberJson.of(view));
        }
    }

    public record DepositJson(boolean enabled, Long amountMinor) {}

    public record DefaultContainerJson(UUID id, Long priceMinor, boolean selected) {}

    public record SettingsJson(
            UUID teamId, String teamName, String currencySymbol, String locale, boolean obscureOrderNumber,
            String billingName, String billingAddress, String vatNumber, String paymentDetails, String invoiceTerms,
            int defaultPaymentTermsAmount, String defaultPaymentTermsUnit, Map<String, DepositJson> deposits,
            LocationJson location, String offTradeContactEmail, String operatingMode,
            List<DefaultContainerJson> defaultContainers, Instant updatedAt) {

        static SettingsJson of(ManageSettings.SettingsView view) {
            Team team = view.team();
            TeamSettings s = team.settings();
            Map<String, DepositJson> deposits = new LinkedHashMap<>();
            for (ContainerType type : ContainerType.values()) {
                DepositSetting deposit = s.deposit(type);
                deposits.put(type.wire(), new DepositJson(deposit.enabled(), deposit.amountMinor()));
            }
            return new SettingsJson(team.id().value(), s.name(), s.currencySymbol(), s.locale(), s.obscureOrderNumber(),
                    s.billingName(), s.billingAddress(), s.vatNumber(), s.paymentDetails(), s.invoiceTerms(),
                    s.defaultPaymentTermsAmount(), s.defaultPaymentTermsUnit().wire(), deposits,
                    LocationJson.of(s.location()), emailOrNull(s), s.operatingMode().wire(),
                    view.defaultContainers().stream().map(c -> new DefaultContainerJson(c.id(), c.priceMinor(), c.selected())).toList(),
                    team.updatedAt());
        }
    }

    private static String emailOrNull(TeamSettings s) {
        return s.offTradeContactEmail() == null ? null : s.offTradeContactEmail().value();
    }
}
