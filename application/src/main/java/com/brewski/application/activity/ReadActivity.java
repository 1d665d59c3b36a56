package com.brewski.application.activity;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

/** A team's activity timeline, for its members. */
public final class ReadActivity {
    private final Activity activity;
    private final TeamAccess access;
    private final Transactions transactions;

    public ReadActivity(Activity activity, TeamAccess access, Transactions transactions) {
        this.activity = activity;
        this.access = access;
        this.transactions = transactions;
    }

    public Page<ActivityEntry> list(Caller caller, TeamId teamId, String category, PageRequest page) {
        if (category != null && !category.matches("[a-z][a-z0-9_.-]{0,39}"))
            throw new InvalidField("category", "category must be a lower-case word such as orders");
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return activity.list(teamId, category, page);
        });
    }
}
