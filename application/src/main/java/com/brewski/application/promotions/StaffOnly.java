package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.domain.shared.Forbidden;

/** Homepage promotions are managed by platform staff (su or support) only. */
final class StaffOnly {
    private StaffOnly() {}

    static void require(Caller caller) {
        if (!caller.hasPlatformAccess()) throw new Forbidden("platform access required");
    }
}
