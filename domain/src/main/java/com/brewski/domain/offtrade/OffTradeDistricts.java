package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a brewery collects from off-trade buyers: outward codes ({@code BS1}) and whole postcode
 * areas ({@code BS}, matching every {@code BS…} district), without duplicates, in the order given.
 */
public record OffTradeDistricts(List<District> entries) {
    public static final String FIELD = "offTradeDistricts";
    public static final int MAX_ENTRIES = 500;
    public static final OffTradeDistricts NONE = new OffTradeDistricts(List.of());

    public OffTradeDistricts {
        if (entries == null) throw new InvalidField(FIELD, FIELD + " must be a list");
        Set<District> unique = new LinkedHashSet<>(entries);
        if (unique.size() > MAX_ENTRIES) throw new InvalidField(FIELD, FIELD + " must have at most " + MAX_ENTRIES + " entries");
        entries = List.copyOf(unique);
    }

    /** Parses raw entries, naming the bad one ({@code offTradeDistricts[1] must be …}). */
    public static OffTradeDistricts parse(List<String> raw) {
        if (raw == null) throw new InvalidField(FIELD, FIELD + " must be a list");
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) districts.add(District.of(FIELD + "[" + i + "]", raw.get(i)));
        return new OffTradeDistricts(districts);
    }

    /** Whether a request from {@code district} is routed to this brewery. */
    public boolean covers(District district) {
        return district.coveredBy().stream().anyMatch(entries::contains);
    }

    public List<String> values() {
        return entries.stream().map(District::value).toList();
    }
}
