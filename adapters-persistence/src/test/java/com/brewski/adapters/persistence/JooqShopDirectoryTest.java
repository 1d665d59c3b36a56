package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.shop.ShopDirectory;
import com.brewski.domain.shop.TeamSearch;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Team search against PostgreSQL with 100,000 teams: ranked as the domain ranks, served by the trigram indexes. */
class JooqShopDirectoryTest {
    private static JooqPersistence persistence;
    private static JooqShopDirectory directory;
    private static DSLContext sql;

    @BeforeAll
    static void seed() {
        DataSource dataSource = TestDatabase.fresh();
        persistence = new JooqPersistence(dataSource);
        directory = new JooqShopDirectory(persistence.jooqTransactions());
        sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        sql.execute("""
                insert into teams (id, name, public_slug, created_at, updated_at)
                select gen_random_uuid(), 'Brewery ' || md5(n::text), 'brewery-' || md5(n::text), now(), now()
                from generate_series(1, 100000) as n
                """);
        for (String[] t : new String[][]{{"The Lantern Tap", "the-lantern-tap"}, {"Lantern", "lantern"},
                {"Lantern Brewery", "lantern-brewery"}, {"Old LANTERN", "old-lantern"}, {"Hop House", "lantern-hops"}}) {
            sql.execute("insert into teams (id, name, public_slug, created_at, updated_at) values (gen_random_uuid(), ?, ?, now(), now())",
                    t[0], t[1]);
        }
        sql.execute("analyze teams");
    }

    private static List<String> names(TeamSearch search) {
        return persistence.transactions().inTransaction(() -> directory.searchTeams(search)).stream()
                .map(ShopDirectory.TeamCard::name).toList();
    }

    @Test
    void matches_are_ranked_exact_then_prefix_then_by_name_case_insensitively() {
        assertThat(names(new TeamSearch("lantern", 10)))
                .containsExactly("Lantern", "Hop House", "Lantern Brewery", "Old LANTERN", "The Lantern Tap");
        assertThat(names(new TeamSearch("LANTERN", 2))).containsExactly("Lantern", "Hop House");
        assertThat(names(new TeamSearch("platform", 10))).isEmpty(); // the staff team never appears
        assertThat(names(new TeamSearch("%_", 10))).isEmpty(); // wildcards are literal
    }

    @Test
    void the_search_uses_the_trigram_indexes_not_a_scan_of_every_team() {
        List<String> plan = sql.fetch("explain " + sql.renderInlined(directory.searchQuery(new TeamSearch("lantern", 10))))
                .getValues(0, String.class);
        String text = String.join("\n", plan);
        assertThat(sql.fetchCount(com.brewski.adapters.persistence.jooq.Tables.TEAMS)).isGreaterThan(100_000);
        assertThat(text).as(text)
                .doesNotContain("Seq Scan on teams")
                .contains("teams_name_trgm_idx")
                .contains("teams_public_slug_trgm_idx");
    }
}
