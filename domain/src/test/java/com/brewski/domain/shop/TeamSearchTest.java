package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamSearchTest {
    record T(String name, String slug) {}

    @Test
    void q_must_have_two_characters_after_trimming_and_limit_be_1_to_25() {
        field(() -> TeamSearch.parse(null, null), "q");
        field(() -> TeamSearch.parse("  a ", null), "q");
        field(() -> TeamSearch.parse("ab", "0"), "limit");
        field(() -> TeamSearch.parse("ab", "26"), "limit");
        field(() -> TeamSearch.parse("ab", "ten"), "limit");
        field(() -> TeamSearch.parse("ab", "99999999999"), "limit");
        assertThat(TeamSearch.parse(" ab ", null)).isEqualTo(new TeamSearch("ab", 10));
        assertThat(TeamSearch.parse("ab", "25").limit()).isEqualTo(25);
    }

    @Test
    void exact_matches_come_first_then_prefixes_then_the_rest_by_name() {
        TeamSearch search = TeamSearch.parse("Lantern", null);
        List<T> teams = new ArrayList<>(List.of(
                new T("The Lantern Tap", "the-lantern-tap"),
                new T("Lanterns United", "lanterns-united"),
                new T("Old Lantern", "old-lantern"),
                new T("Lantern", "lantern"),
                new T("Lantern Brewery", "lantern-brewery"),
                new T("Hop House", "lantern-hops-x")));
        List<T> matching = teams.stream().filter(t -> search.matches(t.name(), t.slug())).sorted(search.order(T::name, T::slug)).toList();
        assertThat(matching).extracting(T::name).containsExactly(
                "Lantern", "Hop House", "Lantern Brewery", "Lanterns United", "Old Lantern", "The Lantern Tap");
        assertThat(search.rank("LANTERN", "x")).isZero();
        assertThat(search.rank("x", "lantern-x")).isEqualTo(1);
        assertThat(search.matches("Hop House", "hop-house")).isFalse();
    }

    private static void field(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
