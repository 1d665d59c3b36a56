package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;

/** A featured-group slot of the homepage: 1 or 2, counting from the top. */
public record SlotPosition(int value) {
    public static final int SLOTS = 2;

    public SlotPosition {
        if (value < 1 || value > SLOTS) throw new InvalidField("position", "position must be 1 or 2");
    }

    public static SlotPosition parse(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,2}")) throw new InvalidField("position", "position must be 1 or 2");
        return new SlotPosition(Integer.parseInt(raw));
    }

    public SlotPosition other() {
        return new SlotPosition(value == 1 ? 2 : 1);
    }
}
