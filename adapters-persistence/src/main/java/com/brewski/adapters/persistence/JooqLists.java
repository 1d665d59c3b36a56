package com.brewski.adapters.persistence;

import com.brewski.application.shared.Sort;
import com.brewski.domain.shared.InvalidField;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SortOrder;

import java.util.Map;
import java.util.UUID;

/** The ORDER BY of a sorted list: the named key in the asked direction, then the id the same way (a stable order). */
final class JooqLists {
    private JooqLists() {}

    /**
     * The sort fields for {@code sort} among {@code keys} (wire name to column). A key the port does
     * not name is bad input: use cases check keys first, so this only guards against a caller that
     * forgot.
     */
    static SortField<?>[] orderBy(Sort sort, Map<String, ? extends Field<?>> keys, Field<UUID> id) {
        Field<?> key = keys.get(sort.key());
        if (key == null) throw new InvalidField("sort", "sort must be one of " + String.join(", ", keys.keySet().stream().sorted().toList()));
        SortOrder order = direction(sort);
        return new SortField<?>[] {key.sort(order), id.sort(order)};
    }

    static SortOrder direction(Sort sort) {
        return sort.direction() == Sort.Direction.ASC ? SortOrder.ASC : SortOrder.DESC;
    }
}
