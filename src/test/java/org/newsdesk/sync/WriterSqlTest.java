package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A writer's own login, typing plain SQL at the team server, cannot do what the workflow forbids: every attempt
 * below is refused and leaves the newsroom as it was.
 */
class WriterSqlTest {
    private static TeamFixture team;
    private static String wendy;
    private static final UUID WADES = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID WENDYS_SUBMITTED = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID WENDYS_APPROVED = UUID.fromString("00000000-0000-4000-8000-000000000003");

    @BeforeAll
    static void createTeam() throws Exception {
        team = TeamFixture.create();
        wendy = team.person("Wendy", "WRITER");
        String wade = team.person("Wade", "WRITER");
        try (TeamServer asWade = team.connect(wade); TeamServer asWendy = team.connect(wendy);
             TeamServer asEd = team.connectAdmin()) {
            create(asWade, WADES, "Wade", "DRAFT");
            create(asWendy, WENDYS_SUBMITTED, "Wendy", "SUBMITTED");
            create(asWendy, WENDYS_APPROVED, "Wendy", "SUBMITTED");
            asEd.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "story", "APPROVE",
                    WENDYS_APPROVED.toString(), 1, "{}")));
            asEd.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "word", "ADD", "Bolts", 0, "{}")));
            var clipped = asWade.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "wire", "CLIP",
                    "https://ledger.example/rss\nguid:1", 0, "{\"feed_url\": \"https://ledger.example/rss\","
                            + " \"item_key\": \"guid:1\", \"state\": \"CLIPPED\", \"story_id\": \"" + WADES
                            + "\", \"headline\": \"Jail deaths\"}"))).get(0);
            assertEquals("applied", clipped.get("outcome"), clipped.toString());
            for (TeamServer.Op op : java.util.List.of(
                    new TeamServer.Op(UUID.randomUUID(), "outlet", "SAVE", "Ledger", 0,
                            "{\"attribution\": \"The Ledger\", \"domains\": [\"ledger.example\"]}"),
                    new TeamServer.Op(UUID.randomUUID(), "setting", "SAVE", "edition.title", 0,
                            "{\"value\": \"Crime Brief\"}"))) {
                var result = asEd.apply(java.util.List.of(op)).get(0);
                assertEquals("applied", result.get("outcome"), result.toString());
            }
        }
    }

    private static void create(TeamServer server, UUID id, String author, String status) {
        var result = server.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "story", "CREATE",
                id.toString(), 0, "{\"headline\": \"H\", \"body\": \"B\", \"author\": \"" + author
                        + "\", \"status\": \"" + status + "\"}"))).get(0);
        assertEquals("applied", result.get("outcome"), result.toString());
    }

    @AfterAll
    static void dropTeam() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            approve a submitted story     | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'APPROVE', '00000000-0000-4000-8000-000000000002', 1, '{}')->>'outcome'
            publish an approved story     | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'PUBLISH', '00000000-0000-4000-8000-000000000003', 2, '{}')->>'outcome'
            spike own draft               | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'SPIKE', '00000000-0000-4000-8000-000000000002', 1, '{}')->>'outcome'
            edit another writer's story   | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'SAVE', '00000000-0000-4000-8000-000000000001', 1, '{"headline": "Mine now", "body": "x"}')->>'outcome'
            submit another writer's story | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'SUBMIT', '00000000-0000-4000-8000-000000000001', 1, '{}')->>'outcome'
            create a story as someone else| SELECT newsdesk.apply(gen_random_uuid(), 'story', 'CREATE', gen_random_uuid()::text, 0, '{"headline": "x", "body": "x", "author": "Wade"}')->>'outcome'
            create an approved story      | SELECT newsdesk.apply(gen_random_uuid(), 'story', 'CREATE', gen_random_uuid()::text, 0, '{"headline": "x", "body": "x", "author": "Wendy", "status": "APPROVED"}')->>'outcome'
            build an edition              | SELECT newsdesk.apply(gen_random_uuid(), 'edition', 'SAVE', gen_random_uuid()::text, 0, '{"date": "2026-12-01", "title": "x"}')->>'outcome'
            make herself an editor        | SELECT newsdesk.apply(gen_random_uuid(), 'person', 'SAVE', 'Wendy', 1, '{"role": "EDITOR"}')->>'outcome'
            add a person with a login     | SELECT newsdesk.set_person('Mallory', 'mallory_x', 'EDITOR', 'secret')
            update a story directly       | UPDATE newsdesk.stories SET status = 'APPROVED' WHERE id = '00000000-0000-4000-8000-000000000002'
            insert a story directly       | INSERT INTO newsdesk.stories (id, headline, body, author, status, created_at, version, updated_by, updated_at) VALUES (gen_random_uuid(), 'x', 'x', 'Wendy', 'APPROVED', now(), 1, 'Wendy', now())
            delete a story directly       | DELETE FROM newsdesk.stories WHERE id = '00000000-0000-4000-8000-000000000001'
            write a change row directly   | INSERT INTO newsdesk.changes (seq, kind, entity_id, version, actor, action, data) VALUES (999, 'story', 'x', 1, 'Wendy', 'APPROVE', '{}')
            number a change herself       | UPDATE newsdesk.change_counter SET last = last + 1
            record a change herself       | SELECT newsdesk.record_change(NULL, 'Ed', 'story', '00000000-0000-4000-8000-000000000002', 9, 'APPROVE', '{}', 'x')
            update the audit trail        | UPDATE newsdesk.audit SET detail = 'nothing happened'
            delete from the audit trail   | DELETE FROM newsdesk.audit
            truncate the audit trail      | TRUNCATE newsdesk.audit
            change a person's role        | UPDATE newsdesk.people SET role = 'EDITOR' WHERE name = 'Wendy'
            change the group roles        | UPDATE newsdesk.team SET editor_role = 'newsdesk_writer'
            join the editors' group role  | DO $$ BEGIN EXECUTE format('GRANT %I TO %I', (SELECT editor_role FROM newsdesk.team), session_user); END $$
            follow a feed                 | SELECT newsdesk.apply(gen_random_uuid(), 'feed', 'SAVE', 'https://example.org/rss', 0, '{"title": "x"}')->>'outcome'
            add a watch-word              | SELECT newsdesk.apply(gen_random_uuid(), 'watch', 'SAVE', E'police\\n', 0, '{"term": "police"}')->>'outcome'
            take a word out of the dictionary | SELECT newsdesk.apply(gen_random_uuid(), 'word', 'DELETE', 'Bolts', 1, '{}')->>'outcome'
            take an item another clipped  | SELECT newsdesk.apply(gen_random_uuid(), 'wire', 'CLIP', E'https://ledger.example/rss\\nguid:1', 1, '{"feed_url": "https://ledger.example/rss", "item_key": "guid:1", "state": "CLIPPED", "story_id": "00000000-0000-4000-8000-000000000002"}')->>'outcome'
            dismiss an item another clipped | SELECT newsdesk.apply(gen_random_uuid(), 'wire', 'DISMISS', E'https://ledger.example/rss\\nguid:1', 1, '{"feed_url": "https://ledger.example/rss", "item_key": "guid:1", "state": "DISMISSED"}')->>'outcome'
            write an item's state directly | UPDATE newsdesk.wire_states SET taken_by = 'Wendy'
            call the first apply directly | SELECT newsdesk.apply_newsroom(gen_random_uuid(), 'story', 'APPROVE', '00000000-0000-4000-8000-000000000002', 1, '{}')->>'outcome'
            call the wire's apply directly | SELECT newsdesk.apply_wire(gen_random_uuid(), 'feed', 'SAVE', 'https://example.org/rss', 0, '{}')->>'outcome'
            add a person the old way      | SELECT newsdesk.set_person_login('Mallory', 'mallory_x', 'EDITOR', 'secret')
            mark a one-time password used | UPDATE newsdesk.one_time_passwords SET used_at = now()
            change a setting              | SELECT newsdesk.apply(gen_random_uuid(), 'setting', 'SAVE', 'edition.title', 1, '{"value": "Mine"}')->>'outcome'
            add a setting                 | SELECT newsdesk.apply(gen_random_uuid(), 'setting', 'SAVE', 'edition.footer', 0, '{"value": "Mine"}')->>'outcome'
            change an existing outlet     | SELECT newsdesk.apply(gen_random_uuid(), 'outlet', 'SAVE', 'Ledger', 1, '{"attribution": "Mine", "domains": ["mine.example"]}')->>'outcome'
            delete an outlet              | SELECT newsdesk.apply(gen_random_uuid(), 'outlet', 'DELETE', 'Ledger', 1, '{}')->>'outcome'
            delete an outlet not there    | SELECT newsdesk.apply(gen_random_uuid(), 'outlet', 'DELETE', 'Nowhere', 0, '{}')->>'outcome'
            add an outlet on a taken domain | SELECT newsdesk.apply(gen_random_uuid(), 'outlet', 'SAVE', 'Fake Ledger', 0, '{"attribution": "x", "domains": ["LEDGER.example"]}')->>'outcome'
            update an outlet directly     | UPDATE newsdesk.outlets SET attribution = 'Mine'
            update a setting directly     | UPDATE newsdesk.settings SET value = 'Mine'
            call the first apply for a setting | SELECT newsdesk.apply_newsroom(gen_random_uuid(), 'setting', 'SAVE', 'edition.title', 1, '{"value": "Mine"}')->>'outcome'
            """)
    void aWritersLoginIsRefused(String attempt, String sql) throws Exception {
        String before = fingerprint();
        try (Connection connection = team.sqlAs(wendy); Statement statement = connection.createStatement()) {
            String answer;
            try {
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        rows.next();
                        answer = rows.getString(1);
                    }
                } else {
                    answer = "done";
                }
            } catch (SQLException refused) {
                answer = "error: " + refused.getSQLState();
            }
            assertTrue(answer == null ? false : answer.equals("refused") || answer.startsWith("error: "),
                    attempt + " answered " + answer);
        }
        assertEquals(before, fingerprint(), "nothing changed after trying to " + attempt);
    }

    @org.junit.jupiter.api.Test
    void aWriterMayStillAddANewOutletOnAFreeDomain() throws Exception {
        try (TeamServer asWendy = team.connect(wendy)) {
            var added = asWendy.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "outlet", "SAVE",
                    "Courier", 0, "{\"attribution\": \"Courier\", \"domains\": [\"courier.example\"]}"))).get(0);
            assertEquals("applied", added.get("outcome"), added.toString());
            var changed = asWendy.apply(java.util.List.of(new TeamServer.Op(UUID.randomUUID(), "outlet", "SAVE",
                    "Courier", 1, "{\"attribution\": \"Mine\", \"domains\": []}"))).get(0);
            assertEquals("Only editors change or delete an existing outlet; a writer may only add a new one.",
                    changed.get("reason"), changed.toString());
        }
    }

    @ParameterizedTest(name = "even the schema's owner cannot {0}")
    @CsvSource(delimiter = '|', textBlock = """
            update the audit trail      | UPDATE newsdesk.audit SET detail = 'nothing happened'
            delete from the audit trail | DELETE FROM newsdesk.audit
            truncate the audit trail    | TRUNCATE newsdesk.audit
            """)
    void theAuditTrailIsAppendOnlyForEveryone(String attempt, String sql) throws Exception {
        String before = fingerprint();
        try (Connection connection = team.sqlAs(team.admin); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute(sql), attempt);
        }
        assertEquals(before, fingerprint());
    }

    /** Everything a forbidden change could touch, as one string. */
    private static String fingerprint() throws SQLException {
        try (Connection connection = team.sqlAs(team.admin); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT string_agg(id || status || headline || version,"
                     + " ',' ORDER BY id) FROM newsdesk.stories) || '|' || (SELECT count(*) FROM newsdesk.audit)"
                     + " || '|' || (SELECT string_agg(detail, ',' ORDER BY id) FROM newsdesk.audit) || '|'"
                     + " || (SELECT last FROM newsdesk.change_counter) || '|' || (SELECT count(*) FROM newsdesk.changes)"
                     + " || '|' || (SELECT string_agg(name || role, ',' ORDER BY name) FROM newsdesk.people)"
                     + " || '|' || (SELECT count(*) FROM newsdesk.editions) || '|' || (SELECT editor_role"
                     + " FROM newsdesk.team) || pg_has_role('" + wendy + "', (SELECT editor_role FROM newsdesk.team),"
                     + " 'MEMBER') || '|' || (SELECT count(*) FROM newsdesk.feeds) || '|'"
                     + " || (SELECT count(*) FROM newsdesk.watch_terms) || '|' || coalesce((SELECT string_agg(word"
                     + " || deleted, ',' ORDER BY word) FROM newsdesk.dictionary), '') || '|'"
                     + " || coalesce((SELECT string_agg(key || state || coalesce(taken_by, '') || version, ','"
                     + " ORDER BY key) FROM newsdesk.wire_states), '') || '|' || coalesce((SELECT string_agg(login"
                     + " || coalesce(used_at::text, ''), ',' ORDER BY login) FROM newsdesk.one_time_passwords), '')"
                     + " || '|' || (SELECT string_agg(name || attribution || domains::text || deleted || version, ','"
                     + " ORDER BY name) FROM newsdesk.outlets) || '|' || (SELECT string_agg(key || coalesce(value, '')"
                     + " || version, ',' ORDER BY key) FROM newsdesk.settings)")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
