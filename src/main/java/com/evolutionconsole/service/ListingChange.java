package com.evolutionconsole.service;

import com.evolutionconsole.domain.Instance;
import java.util.List;
import java.util.Set;

/**
 * What a new listing changed since the previous one: instances new or different (in listing order), and names
 * no longer listed. {@code listedCount} is the size of the whole listing.
 */
public record ListingChange(List<Instance> addedOrChanged, Set<String> removed, int listedCount) {

    public ListingChange {
        addedOrChanged = List.copyOf(addedOrChanged);
        removed = Set.copyOf(removed);
    }
}
