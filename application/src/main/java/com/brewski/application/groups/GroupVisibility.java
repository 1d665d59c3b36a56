package com.brewski.application.groups;

import com.brewski.domain.groups.BreweryGroup;

/** Told, inside the change's transaction, when a group's status or shop visibility has changed. */
public interface GroupVisibility {
    void changed(BreweryGroup group);

    GroupVisibility NONE = group -> {};
}
