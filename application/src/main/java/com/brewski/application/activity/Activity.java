package com.brewski.application.activity;

import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;

/** Stored team activity timelines. */
public interface Activity {
    void record(List<ActivityEntry> entries);

    /** A page of a team's entries, newest first; {@code category} null means all. */
    Page<ActivityEntry> list(TeamId teamId, String category, PageRequest page);
}
