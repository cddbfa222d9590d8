-- V3: a one-time password must be replaced before a login can do anything; the wire desk (feeds, the watch-list,
-- the state of wire items: dismissed, or clipped by whom into which story) and the newsroom dictionary are shared.

-- A login made or reset by set_person has a one-time password. Until its person chooses their own
-- (change_password), it is in neither group role: it cannot read the newsroom or change anything.
CREATE TABLE one_time_passwords (
    login text PRIMARY KEY,
    issued_by text NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    used_at timestamptz);

-- whoami() now says why a login with a one-time password is refused, and may be asked by any login.
CREATE OR REPLACE FUNCTION whoami(OUT person text, OUT role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    t team;
BEGIN
    SELECT * INTO t FROM team WHERE id = 1;
    SELECT p.name INTO person FROM people p WHERE p.login = session_user;
    IF person IS NULL THEN
        RAISE EXCEPTION 'The login % is not a person in this newsroom.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM one_time_passwords o WHERE o.login = session_user AND o.used_at IS NULL) THEN
        RAISE EXCEPTION 'The login % still has its one-time password: choose your own first (team join, or team password, asks for it).',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_has_role(session_user, t.editor_role, 'MEMBER') THEN
        role := 'EDITOR';
    ELSIF pg_has_role(session_user, t.writer_role, 'MEMBER') THEN
        role := 'WRITER';
    ELSE
        RAISE EXCEPTION 'The login % is neither a writer nor an editor of this newsroom.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- set_person (V1) keeps its checks and its change record; the login it makes or resets waits outside the group
-- roles until its person has chosen a password.
ALTER FUNCTION set_person(text, text, text, text) RENAME TO set_person_login;
REVOKE ALL ON FUNCTION set_person_login(text, text, text, text) FROM PUBLIC, "${writer_role}", "${editor_role}";

CREATE FUNCTION set_person(p_name text, p_login text, p_role text, p_password text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    me record;
    t team;
    result jsonb;
BEGIN
    SELECT * INTO me FROM whoami();
    result := set_person_login(p_name, p_login, p_role, p_password);
    SELECT * INTO t FROM team WHERE id = 1;
    EXECUTE format('REVOKE %I, %I FROM %I', t.writer_role, t.editor_role, p_login);
    INSERT INTO one_time_passwords (login, issued_by) VALUES (p_login, me.person)
        ON CONFLICT (login) DO UPDATE SET issued_by = excluded.issued_by, issued_at = now(), used_at = NULL;
    RETURN result;
END
$$;

-- Whether the caller's login still has its one-time password.
CREATE FUNCTION has_one_time_password() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM one_time_passwords WHERE login = session_user AND used_at IS NULL)
$$;

-- A person sets their own login's password (for good: no expiry). The desk sends a SCRAM-SHA-256 verifier, never
-- the password itself, so it cannot turn up in a server log. A one-time password is then marked used, and the login
-- joins the group role of the person's role.
CREATE FUNCTION change_password(p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    p people;
    t team;
BEGIN
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'A new password reaches the server only as a SCRAM-SHA-256 verifier.';
    END IF;
    SELECT * INTO p FROM people WHERE login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The login % is not a person in this newsroom.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user) THEN
        RAISE EXCEPTION 'The login % is an administrator; change its password with ALTER ROLE.', session_user;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user, p_verifier, 'infinity');
    UPDATE one_time_passwords SET used_at = now() WHERE login = session_user AND used_at IS NULL;
    IF FOUND THEN
        SELECT * INTO t FROM team WHERE id = 1;
        EXECUTE format('GRANT %I TO %I', CASE p.role WHEN 'EDITOR' THEN t.editor_role ELSE t.writer_role END,
                       session_user);
    END IF;
    INSERT INTO audit (person, action, kind, entity_id, detail)
        VALUES (p.name, 'person.password', 'person', p.name, 'chose a new password');
END
$$;

-- The wire desk's subscriptions, by feed address. Each desk fetches its feeds itself; what it last fetched stays on
-- the desk.
CREATE TABLE feeds (
    url text PRIMARY KEY,
    title text,
    outlet text,
    site_url text,
    interval_seconds integer NOT NULL DEFAULT 900,
    deleted boolean NOT NULL DEFAULT false,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- The watch-list, by key: the term in lower case, a line break, and the outlet it is for (empty for every outlet).
CREATE TABLE watch_terms (
    key text PRIMARY KEY,
    term text NOT NULL,
    outlet text,
    deleted boolean NOT NULL DEFAULT false,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- The state of a wire item every desk should know, by key: the feed's address, a line break, and the item's key in
-- that feed ("guid:…", else "link:…"). OPEN is new or seen (each desk's own business); a clipped item names its
-- story and who took it, so two writers do not summarise the same story.
CREATE TABLE wire_states (
    key text PRIMARY KEY,
    feed_url text NOT NULL,
    item_key text NOT NULL,
    state text NOT NULL CHECK (state IN ('OPEN', 'DISMISSED', 'CLIPPED')),
    story_id uuid,
    taken_by text,
    headline text NOT NULL DEFAULT '',
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- The newsroom dictionary of the spelling check.
CREATE TABLE dictionary (
    word text PRIMARY KEY,
    added_by text,
    added_at timestamptz,
    deleted boolean NOT NULL DEFAULT false,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- Changes to the wire desk and the dictionary, called by apply() for these kinds. Editors add and remove feeds and
-- watch-words; anyone dismisses or clips an item, but an item someone clipped stays theirs; anyone adds a word to the
-- dictionary, editors take words out. A retried change has no second effect, as in apply_newsroom().
CREATE FUNCTION apply_wire(p_op uuid, p_kind text, p_action text, p_id text, p_base bigint, p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    me record;
    earlier jsonb;
    gone boolean := p_action = 'DELETE' OR coalesce((p_data->>'deleted')::boolean, false);
    f feeds;
    w watch_terms;
    s wire_states;
    d dictionary;
    wanted text := p_data->>'state';
    story uuid;
    taker text;
    known boolean;
    result jsonb;
BEGIN
    SELECT * INTO me FROM whoami();
    PERFORM 1 FROM change_counter WHERE id = 1 FOR UPDATE;
    SELECT op.result INTO earlier FROM applied_ops op WHERE op_id = p_op;
    IF earlier IS NOT NULL THEN
        RETURN earlier || jsonb_build_object('duplicate', true);
    END IF;

    IF p_kind = 'feed' THEN
        SELECT * INTO f FROM feeds WHERE url = p_id FOR UPDATE;
        IF me.role <> 'EDITOR' THEN
            RETURN refused('Only editors add or remove the newsroom''s feeds.', CASE WHEN FOUND THEN to_jsonb(f) END);
        END IF;
        IF coalesce(f.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(f) ELSE jsonb_build_object('version', 0) END);
        END IF;
        INSERT INTO feeds (url, title, outlet, site_url, interval_seconds, deleted, version, updated_by, updated_at)
            VALUES (p_id, p_data->>'title', p_data->>'outlet', p_data->>'site_url',
                    coalesce((p_data->>'interval_seconds')::integer, 900), gone, 1, me.person, now())
            ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title), outlet = excluded.outlet,
                site_url = coalesce(excluded.site_url, feeds.site_url), interval_seconds = excluded.interval_seconds,
                deleted = excluded.deleted, version = feeds.version + 1, updated_by = excluded.updated_by,
                updated_at = excluded.updated_at
            RETURNING * INTO f;
        RETURN record_change(p_op, me.person, 'feed', p_id, f.version, CASE WHEN gone THEN 'DELETE' ELSE 'SAVE' END,
                             to_jsonb(f), p_id);

    ELSIF p_kind = 'watch' THEN
        SELECT * INTO w FROM watch_terms WHERE key = p_id FOR UPDATE;
        IF me.role <> 'EDITOR' THEN
            RETURN refused('Only editors change the newsroom''s watch-list.', CASE WHEN FOUND THEN to_jsonb(w) END);
        END IF;
        IF coalesce(w.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(w) ELSE jsonb_build_object('version', 0) END);
        END IF;
        INSERT INTO watch_terms (key, term, outlet, deleted, version, updated_by, updated_at)
            VALUES (p_id, coalesce(p_data->>'term', split_part(p_id, E'\n', 1)), nullif(p_data->>'outlet', ''), gone,
                    1, me.person, now())
            ON CONFLICT (key) DO UPDATE SET term = excluded.term, outlet = excluded.outlet, deleted = excluded.deleted,
                version = watch_terms.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO w;
        RETURN record_change(p_op, me.person, 'watch', p_id, w.version, CASE WHEN gone THEN 'DELETE' ELSE 'SAVE' END,
                             to_jsonb(w), w.term);

    ELSIF p_kind = 'word' THEN
        SELECT * INTO d FROM dictionary WHERE word = p_id FOR UPDATE;
        IF gone AND me.role <> 'EDITOR' THEN
            RETURN refused('Only editors take words out of the newsroom dictionary.',
                           CASE WHEN FOUND THEN to_jsonb(d) END);
        END IF;
        IF FOUND AND d.deleted = gone THEN
            -- Already so: nothing changes, and the desk learns where the word stands.
            result := jsonb_build_object('outcome', 'applied', 'version', d.version, 'current', to_jsonb(d));
            INSERT INTO applied_ops (op_id, result) VALUES (p_op, result);
            RETURN result;
        END IF;
        INSERT INTO dictionary (word, added_by, added_at, deleted, version, updated_by, updated_at)
            VALUES (p_id, coalesce(p_data->>'added_by', me.person),
                    coalesce((p_data->>'added_at')::timestamptz, now()), gone, 1, me.person, now())
            ON CONFLICT (word) DO UPDATE SET added_by = excluded.added_by, added_at = excluded.added_at,
                deleted = excluded.deleted, version = dictionary.version + 1, updated_by = excluded.updated_by,
                updated_at = excluded.updated_at
            RETURNING * INTO d;
        RETURN record_change(p_op, me.person, 'word', p_id, d.version, CASE WHEN gone THEN 'DELETE' ELSE 'ADD' END,
                             to_jsonb(d), p_id);

    ELSIF p_kind = 'wire' THEN
        IF coalesce(wanted, '') NOT IN ('OPEN', 'DISMISSED', 'CLIPPED') THEN
            RETURN refused('A wire item is open, dismissed or clipped.', NULL);
        END IF;
        SELECT * INTO s FROM wire_states WHERE key = p_id FOR UPDATE;
        known := FOUND;
        IF wanted = 'CLIPPED' THEN
            story := (p_data->>'story_id')::uuid;
            -- Who took it: the author of its story when the newsroom has that story, else whoever clipped it.
            SELECT author INTO taker FROM stories WHERE id = story;
            taker := coalesce(taker, p_data->>'taken_by', me.person);
        END IF;
        IF known AND s.state = 'CLIPPED' AND (wanted <> 'CLIPPED' OR lower(s.taken_by) <> lower(taker)) THEN
            RETURN refused(s.taken_by || ' already clipped this item'
                           || CASE WHEN wanted = 'CLIPPED' THEN '; their story covers it.' ELSE '; it stays on the desk.' END,
                           to_jsonb(s));
        END IF;
        INSERT INTO wire_states (key, feed_url, item_key, state, story_id, taken_by, headline, version, updated_by,
                                 updated_at)
            VALUES (p_id, p_data->>'feed_url', p_data->>'item_key', wanted, story, taker,
                    coalesce(p_data->>'headline', ''), 1, me.person, now())
            ON CONFLICT (key) DO UPDATE SET state = excluded.state, story_id = excluded.story_id,
                taken_by = excluded.taken_by, headline = excluded.headline, version = wire_states.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO s;
        RETURN record_change(p_op, me.person, 'wire', p_id, s.version,
                             CASE s.state WHEN 'CLIPPED' THEN 'CLIP' WHEN 'DISMISSED' THEN 'DISMISS' ELSE 'REOPEN' END,
                             to_jsonb(s), s.headline);
    END IF;
    RETURN refused('Unknown kind of record: ' || p_kind || '.', NULL);
END
$$;

-- apply() (V1) keeps the newsroom's records as apply_newsroom(); the new apply() sends the wire desk's and the
-- dictionary's kinds to apply_wire(), and keeps a login with a one-time password out of the group roles when an
-- editor changes that person's role.
ALTER FUNCTION apply(uuid, text, text, text, bigint, jsonb) RENAME TO apply_newsroom;
REVOKE ALL ON FUNCTION apply_newsroom(uuid, text, text, text, bigint, jsonb)
    FROM PUBLIC, "${writer_role}", "${editor_role}";

CREATE FUNCTION apply(p_op uuid, p_kind text, p_action text, p_id text, p_base bigint, p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    result jsonb;
    waiting text;
    t team;
BEGIN
    IF p_kind IN ('feed', 'watch', 'wire', 'word') THEN
        RETURN apply_wire(p_op, p_kind, p_action, p_id, p_base, p_data);
    END IF;
    result := apply_newsroom(p_op, p_kind, p_action, p_id, p_base, p_data);
    IF p_kind = 'person' AND result->>'outcome' = 'applied' THEN
        SELECT o.login INTO waiting FROM people p JOIN one_time_passwords o ON o.login = p.login
            WHERE p.name = p_id AND o.used_at IS NULL;
        IF waiting IS NOT NULL THEN
            SELECT * INTO t FROM team WHERE id = 1;
            EXECUTE format('REVOKE %I, %I FROM %I', t.writer_role, t.editor_role, waiting);
        END IF;
    END IF;
    RETURN result;
END
$$;

REVOKE ALL ON one_time_passwords, feeds, watch_terms, wire_states, dictionary FROM PUBLIC;
REVOKE ALL ON FUNCTION set_person(text, text, text, text), has_one_time_password(), change_password(text),
    apply_wire(uuid, text, text, text, bigint, jsonb), apply(uuid, text, text, text, bigint, jsonb) FROM PUBLIC;
GRANT SELECT ON feeds, watch_terms, wire_states, dictionary TO "${writer_role}", "${editor_role}";
GRANT EXECUTE ON FUNCTION set_person(text, text, text, text), apply(uuid, text, text, text, bigint, jsonb)
    TO "${writer_role}", "${editor_role}";
-- A login waiting to choose its password is in no group role: all it may do is ask who it is, and choose.
GRANT USAGE ON SCHEMA newsdesk TO PUBLIC;
GRANT EXECUTE ON FUNCTION has_one_time_password(), change_password(text), whoami() TO PUBLIC;
