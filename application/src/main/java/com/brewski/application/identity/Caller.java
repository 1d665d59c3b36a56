package com.brewski.application.identity;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;

import java.util.Optional;
import java.util.UUID;

/** The authenticated user behind a request, and the session they used. */
public record Caller(UserId userId, Email email, UUID sessionId, Optional<PlatformRole> platformRole) {
    public boolean hasPlatformAccess() {
        return platformRole.isPresent();
    }
}
