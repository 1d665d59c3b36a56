package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.domain.shared.Forbidden;

/** The shop's administration is for platform staff (su or support) only. */
final class PlatformStaff {
    private PlatformStaff() {}

    static void require(Caller caller) {
        if (caller == null || !caller.hasPlatformAccess()) throw new Forbidden("forbidden");
    }
}
