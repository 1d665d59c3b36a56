package com.brewski.application.catalogue;

import com.brewski.domain.catalogue.DefaultContainer;
import com.brewski.domain.identity.TeamId;

import java.util.List;

/** Which of a team's default containers it offers, and their default prices (part of its settings). */
public interface DefaultContainers {
    /** Every default container of the team, oldest first; never configured means selected with no price. */
    List<DefaultContainer> of(TeamId teamId);

    /** Stores the choices for these containers (others keep theirs). */
    void save(TeamId teamId, List<DefaultContainer> choices);
}
