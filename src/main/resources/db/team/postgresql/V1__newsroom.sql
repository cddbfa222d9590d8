-- The team newsroom on PostgreSQL: what every desk's SQLite replica syncs with.
-- Placeholders: writer_role and editor_role name this team's group roles (newsdesk_writer, newsdesk_editor).
-- Nobody in the newsroom writes these tables directly: every change goes through newsdesk.apply(), which
-- checks who is asking, the workflow rules and the base version, and numbers the change in commit order.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${writer_role}') THEN
        CREATE ROLE "${writer_role}" NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${editor_role}') THEN
        CREATE ROLE "${editor_role}" NOLOGIN;
    END IF;
END
$roles$;

CREATE TABLE team (
    id integer PRIMARY KEY CHECK (id = 1),
    writer_role text NOT NULL,
    editor_role text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO team (id, writer_role, editor_role) VALUES (1, '${writer_role}', '${editor_role}');

CREATE TABLE people (
    name text PRIMARY KEY,
    login text UNIQUE,
    role text NOT NULL CHECK (role IN ('WRITER', 'EDITOR')),
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE outlets (
    name text PRIMARY KEY,
    attribution text NOT NULL,
    domains jsonb NOT NULL DEFAULT '[]',
    deleted boolean NOT NULL DEFAULT false,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE settings (
    key text PRIMARY KEY,
    value text,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE clips (
    id uuid PRIMARY KEY,
    url text NOT NULL,
    canonical_url text,
    title text NOT NULL,
    byline text,
    site_name text,
    published_time text,
    lead_image_url text,
    lang text,
    text text NOT NULL,
    raw_html text,
    captured_at text NOT NULL,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE stories (
    id uuid PRIMARY KEY,
    headline text NOT NULL,
    body text NOT NULL,
    clip_ids jsonb NOT NULL DEFAULT '[]',
    outlet text,
    attribution text,
    section text,
    tags jsonb NOT NULL DEFAULT '[]',
    author text NOT NULL,
    status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'SPIKED')),
    created_at timestamptz NOT NULL,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE comments (
    id uuid PRIMARY KEY,
    story_id uuid NOT NULL REFERENCES stories(id),
    author text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

CREATE TABLE revisions (
    id uuid PRIMARY KEY,
    story_id uuid NOT NULL REFERENCES stories(id),
    headline text NOT NULL,
    body text NOT NULL,
    author text NOT NULL,
    reason text NOT NULL,
    created_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- An edition's items are part of its row: [{"story": uuid, "section": text}, ...] in reading order.
CREATE TABLE editions (
    id uuid PRIMARY KEY,
    date date NOT NULL UNIQUE,
    title text NOT NULL,
    intro text NOT NULL,
    status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    items jsonb NOT NULL DEFAULT '[]',
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL);

-- Who did what, written by the server for every accepted change; no newsroom role may change or remove a line.
CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    login text NOT NULL DEFAULT session_user,
    person text NOT NULL,
    action text NOT NULL,
    kind text NOT NULL,
    entity_id text NOT NULL,
    detail text);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = newsdesk, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- The one series of change numbers. A plain sequence hands out numbers at insert time but they become visible at
-- commit time, so a puller could see 11 before 10 commits and never ask for 10 again. The counter row is updated
-- inside the applying transaction: the row lock serialises appliers, so numbers become visible in order.
CREATE TABLE change_counter (
    id integer PRIMARY KEY CHECK (id = 1),
    last bigint NOT NULL);
INSERT INTO change_counter VALUES (1, 0);

CREATE TABLE changes (
    seq bigint PRIMARY KEY,
    kind text NOT NULL,
    entity_id text NOT NULL,
    version bigint NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    data jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp());

-- Each pushed outbox row's id and what it came to, so a retried push has no second effect.
CREATE TABLE applied_ops (
    op_id uuid PRIMARY KEY,
    result jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp());

-- Who has which story open: advisory, never a lock.
CREATE TABLE presence (
    person text NOT NULL,
    story_id uuid NOT NULL,
    seen_at timestamptz NOT NULL,
    PRIMARY KEY (person, story_id));

-- The status rules of org.newsdesk.model.StoryStatus.canMoveTo.
CREATE FUNCTION can_move(p_from text, p_to text) RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = newsdesk, pg_temp AS $$
    SELECT CASE p_from
        WHEN 'DRAFT' THEN p_to IN ('SUBMITTED', 'SPIKED')
        WHEN 'SUBMITTED' THEN p_to IN ('APPROVED', 'RETURNED', 'DRAFT', 'SPIKED')
        WHEN 'RETURNED' THEN p_to IN ('SUBMITTED', 'SPIKED')
        WHEN 'APPROVED' THEN p_to IN ('PUBLISHED', 'SPIKED')
        WHEN 'SPIKED' THEN p_to = 'DRAFT'
        ELSE false
    END
$$;

-- org.newsdesk.workflow.Action: the status an action moves a story to (null for EDIT).
CREATE FUNCTION action_target(p_action text) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = newsdesk, pg_temp AS $$
    SELECT CASE p_action
        WHEN 'SUBMIT' THEN 'SUBMITTED' WHEN 'WITHDRAW' THEN 'DRAFT' WHEN 'APPROVE' THEN 'APPROVED'
        WHEN 'RETURN' THEN 'RETURNED' WHEN 'SPIKE' THEN 'SPIKED' WHEN 'RESTORE' THEN 'DRAFT'
        WHEN 'PUBLISH' THEN 'PUBLISHED' ELSE NULL END
$$;

-- org.newsdesk.workflow.Permissions.refusal: why p_role (WRITER/EDITOR) may not do p_action to a story in p_status,
-- or null when allowed. The status rule is asked first, as in Java.
CREATE FUNCTION story_refusal(p_person text, p_role text, p_author text, p_status text, p_action text)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = newsdesk, pg_temp AS $$
DECLARE
    applies boolean;
    is_author boolean := lower(p_person) = lower(p_author);
BEGIN
    applies := CASE p_action
        WHEN 'EDIT' THEN p_status <> 'PUBLISHED'
        WHEN 'WITHDRAW' THEN p_status = 'SUBMITTED' AND can_move(p_status, 'DRAFT')
        WHEN 'RESTORE' THEN p_status = 'SPIKED' AND can_move(p_status, 'DRAFT')
        ELSE coalesce(can_move(p_status, action_target(p_action)), false)
    END;
    IF NOT applies THEN
        RETURN 'A ' || lower(p_status) || ' story cannot be ' || CASE p_action WHEN 'EDIT' THEN 'edited'
            WHEN 'SUBMIT' THEN 'submitted' WHEN 'WITHDRAW' THEN 'withdrawn' WHEN 'APPROVE' THEN 'approved'
            WHEN 'RETURN' THEN 'returned' WHEN 'SPIKE' THEN 'spiked' WHEN 'RESTORE' THEN 'restored'
            WHEN 'PUBLISH' THEN 'published' ELSE lower(p_action) END || '.';
    END IF;
    IF p_action = 'EDIT' THEN
        IF p_role = 'EDITOR' OR (is_author AND p_status IN ('DRAFT', 'RETURNED')) THEN
            RETURN NULL;
        END IF;
        RETURN 'A writer edits only their own draft or returned stories.';
    ELSIF p_action IN ('SUBMIT', 'WITHDRAW') THEN
        RETURN CASE WHEN is_author THEN NULL ELSE 'Only the story''s author ' || lower(p_action) || 's it.' END;
    ELSE
        RETURN CASE WHEN p_role = 'EDITOR' THEN NULL ELSE 'Only editors ' || lower(p_action) || ' stories.' END;
    END IF;
END
$$;

-- The newsroom person behind the current login and their role, from group membership; raises for strangers.
CREATE FUNCTION whoami(OUT person text, OUT role text) LANGUAGE plpgsql STABLE SET search_path = newsdesk, pg_temp AS $$
DECLARE
    t team;
BEGIN
    SELECT * INTO t FROM team WHERE id = 1;
    SELECT p.name INTO person FROM people p WHERE p.login = session_user;
    IF person IS NULL THEN
        RAISE EXCEPTION 'The login % is not a person in this newsroom.', session_user
            USING ERRCODE = 'insufficient_privilege';
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

-- Numbers an accepted change (the counter row is already locked by apply), keeps its audit line and says "pull now".
CREATE FUNCTION record_change(p_op uuid, p_person text, p_kind text, p_id text, p_version bigint, p_action text,
                              p_data jsonb, p_detail text) RETURNS jsonb LANGUAGE plpgsql SET search_path = newsdesk, pg_temp AS $$
DECLARE
    n bigint;
    result jsonb;
BEGIN
    UPDATE change_counter SET last = last + 1 WHERE id = 1 RETURNING last INTO n;
    INSERT INTO changes (seq, kind, entity_id, version, actor, action, data)
        VALUES (n, p_kind, p_id, p_version, p_person, p_action, p_data);
    INSERT INTO audit (person, action, kind, entity_id, detail)
        VALUES (p_person, p_kind || '.' || lower(p_action), p_kind, p_id, p_detail);
    result := jsonb_build_object('outcome', 'applied', 'seq', n, 'version', p_version, 'current', p_data);
    IF p_op IS NOT NULL THEN
        INSERT INTO applied_ops (op_id, result) VALUES (p_op, result);
    END IF;
    PERFORM pg_notify('newsdesk', n::text);
    RETURN result;
END
$$;

CREATE FUNCTION refused(p_reason text, p_current jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE SET search_path = newsdesk, pg_temp AS $$
    SELECT jsonb_build_object('outcome', 'refused', 'reason', p_reason, 'current', p_current)
$$;

CREATE FUNCTION conflict(p_current jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE SET search_path = newsdesk, pg_temp AS $$
    SELECT jsonb_build_object('outcome', 'conflict', 'version', p_current->'version', 'current', p_current)
$$;

-- The only way a change enters the newsroom. p_op is the outbox row's id (a retry returns the first answer);
-- p_base the version the change was made from (0 for a new record); p_data the record's fields.
CREATE FUNCTION apply(p_op uuid, p_kind text, p_action text, p_id text, p_base bigint, p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    me record;
    earlier jsonb;
    why text;
    s stories;
    e editions;
    c clips;
    o outlets;
    st settings;
    p people;
    t team;
    d jsonb;
    v bigint;
BEGIN
    SELECT * INTO me FROM whoami();
    PERFORM 1 FROM change_counter WHERE id = 1 FOR UPDATE;
    SELECT result INTO earlier FROM applied_ops WHERE op_id = p_op;
    IF earlier IS NOT NULL THEN
        RETURN earlier || jsonb_build_object('duplicate', true);
    END IF;

    IF p_kind = 'story' THEN
        SELECT * INTO s FROM stories WHERE id = p_id::uuid FOR UPDATE;
        IF p_action = 'CREATE' THEN
            IF FOUND THEN
                RETURN conflict(to_jsonb(s));
            END IF;
            IF me.role <> 'EDITOR' AND (lower(p_data->>'author') <> lower(me.person)
                    OR coalesce(p_data->>'status', 'DRAFT') NOT IN ('DRAFT', 'SUBMITTED')) THEN
                RETURN refused('A writer creates only their own drafts.', NULL);
            END IF;
            INSERT INTO stories (id, headline, body, clip_ids, outlet, attribution, section, tags, author, status,
                                 created_at, version, updated_by, updated_at)
                VALUES (p_id::uuid, p_data->>'headline', p_data->>'body', coalesce(p_data->'clip_ids', '[]'),
                        p_data->>'outlet', p_data->>'attribution', p_data->>'section', coalesce(p_data->'tags', '[]'),
                        p_data->>'author', coalesce(p_data->>'status', 'DRAFT'),
                        coalesce((p_data->>'created_at')::timestamptz, now()), 1, me.person, now())
                RETURNING * INTO s;
            RETURN record_change(p_op, me.person, 'story', p_id, 1, 'CREATE', to_jsonb(s), s.headline);
        END IF;
        IF NOT FOUND THEN
            RETURN refused('There is no story ' || p_id || ' in the newsroom.', NULL);
        END IF;
        why := story_refusal(me.person, me.role, s.author, s.status, CASE p_action WHEN 'SAVE' THEN 'EDIT' ELSE p_action END);
        IF why IS NOT NULL THEN
            RETURN refused(why, to_jsonb(s));
        END IF;
        IF s.version <> p_base THEN
            RETURN conflict(to_jsonb(s));
        END IF;
        IF p_action = 'SAVE' THEN
            UPDATE stories SET headline = p_data->>'headline', body = p_data->>'body',
                    clip_ids = coalesce(p_data->'clip_ids', '[]'), outlet = p_data->>'outlet',
                    attribution = p_data->>'attribution', section = p_data->>'section',
                    tags = coalesce(p_data->'tags', '[]'), version = version + 1, updated_by = me.person,
                    updated_at = now()
                WHERE id = s.id RETURNING * INTO s;
        ELSE
            UPDATE stories SET status = action_target(p_action), version = version + 1, updated_by = me.person,
                    updated_at = now()
                WHERE id = s.id RETURNING * INTO s;
        END IF;
        RETURN record_change(p_op, me.person, 'story', p_id, s.version, p_action, to_jsonb(s), s.headline);

    ELSIF p_kind IN ('comment', 'revision') THEN
        IF p_action <> 'ADD' THEN
            RETURN refused('Comments and revisions are only ever added.', NULL);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM stories WHERE id = (p_data->>'story_id')::uuid) THEN
            RETURN refused('There is no story ' || (p_data->>'story_id') || ' in the newsroom.', NULL);
        END IF;
        IF p_kind = 'comment' THEN
            IF EXISTS (SELECT 1 FROM comments WHERE id = p_id::uuid) THEN
                RETURN conflict((SELECT to_jsonb(x) FROM comments x WHERE id = p_id::uuid));
            END IF;
            INSERT INTO comments (id, story_id, author, body, created_at, updated_by, updated_at)
                VALUES (p_id::uuid, (p_data->>'story_id')::uuid, me.person, p_data->>'body',
                        coalesce((p_data->>'created_at')::timestamptz, now()), me.person, now())
                RETURNING to_jsonb(comments.*) INTO d;
        ELSE
            IF EXISTS (SELECT 1 FROM revisions WHERE id = p_id::uuid) THEN
                RETURN conflict((SELECT to_jsonb(x) FROM revisions x WHERE id = p_id::uuid));
            END IF;
            INSERT INTO revisions (id, story_id, headline, body, author, reason, created_at, updated_by, updated_at)
                VALUES (p_id::uuid, (p_data->>'story_id')::uuid, p_data->>'headline', p_data->>'body',
                        coalesce(p_data->>'author', me.person), p_data->>'reason',
                        coalesce((p_data->>'created_at')::timestamptz, now()), me.person, now())
                RETURNING to_jsonb(revisions.*) INTO d;
        END IF;
        RETURN record_change(p_op, me.person, p_kind, p_id, 1, 'ADD', d, p_data->>'story_id');

    ELSIF p_kind = 'edition' THEN
        IF me.role <> 'EDITOR' THEN
            RETURN refused('Only editors build and publish editions.', NULL);
        END IF;
        SELECT * INTO e FROM editions WHERE id = p_id::uuid FOR UPDATE;
        IF FOUND AND e.status = 'PUBLISHED' THEN
            RETURN refused('The edition of ' || e.date || ' is published and can no longer change.', to_jsonb(e));
        END IF;
        IF coalesce(e.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(e) ELSE jsonb_build_object('version', 0) END);
        END IF;
        IF EXISTS (SELECT 1 FROM editions WHERE date = (p_data->>'date')::date AND id <> p_id::uuid) THEN
            RETURN refused('Another edition already has the date ' || (p_data->>'date') || '.',
                           (SELECT to_jsonb(x) FROM editions x WHERE date = (p_data->>'date')::date));
        END IF;
        INSERT INTO editions (id, date, title, intro, status, published_at, items, version, updated_by, updated_at)
            VALUES (p_id::uuid, (p_data->>'date')::date, coalesce(p_data->>'title', ''), coalesce(p_data->>'intro', ''),
                    coalesce(p_data->>'status', 'DRAFT'), (p_data->>'published_at')::timestamptz,
                    coalesce(p_data->'items', '[]'), 1, me.person, now())
            ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title, intro = excluded.intro,
                status = excluded.status, published_at = excluded.published_at, items = excluded.items,
                version = editions.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO e;
        RETURN record_change(p_op, me.person, 'edition', p_id, e.version,
                             CASE WHEN e.status = 'PUBLISHED' THEN 'PUBLISH' ELSE 'SAVE' END, to_jsonb(e),
                             e.date::text);

    ELSIF p_kind = 'clip' THEN
        SELECT * INTO c FROM clips WHERE id = p_id::uuid FOR UPDATE;
        IF coalesce(c.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(c) ELSE jsonb_build_object('version', 0) END);
        END IF;
        INSERT INTO clips (id, url, canonical_url, title, byline, site_name, published_time, lead_image_url, lang,
                           text, raw_html, captured_at, version, updated_by, updated_at)
            VALUES (p_id::uuid, p_data->>'url', p_data->>'canonical_url', coalesce(p_data->>'title', ''),
                    p_data->>'byline', p_data->>'site_name', p_data->>'published_time', p_data->>'lead_image_url',
                    p_data->>'lang', coalesce(p_data->>'text', ''), p_data->>'raw_html', p_data->>'captured_at',
                    1, me.person, now())
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
                title = excluded.title, byline = excluded.byline, site_name = excluded.site_name,
                published_time = excluded.published_time, lead_image_url = excluded.lead_image_url,
                lang = excluded.lang, text = excluded.text, raw_html = coalesce(excluded.raw_html, clips.raw_html),
                version = clips.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO c;
        -- Raw HTML stays out of the change feed: desks that want it ask for the clip.
        RETURN record_change(p_op, me.person, 'clip', p_id, c.version, p_action, to_jsonb(c) - 'raw_html', c.title);

    ELSIF p_kind = 'outlet' THEN
        SELECT * INTO o FROM outlets WHERE name = p_id FOR UPDATE;
        IF coalesce(o.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(o) ELSE jsonb_build_object('version', 0) END);
        END IF;
        INSERT INTO outlets (name, attribution, domains, deleted, version, updated_by, updated_at)
            VALUES (p_id, coalesce(p_data->>'attribution', p_id), coalesce(p_data->'domains', '[]'),
                    p_action = 'DELETE', 1, me.person, now())
            ON CONFLICT (name) DO UPDATE SET attribution = excluded.attribution, domains = excluded.domains,
                deleted = excluded.deleted, version = outlets.version + 1, updated_by = excluded.updated_by,
                updated_at = excluded.updated_at
            RETURNING * INTO o;
        RETURN record_change(p_op, me.person, 'outlet', p_id, o.version, p_action, to_jsonb(o), p_id);

    ELSIF p_kind = 'setting' THEN
        SELECT * INTO st FROM settings WHERE key = p_id FOR UPDATE;
        IF coalesce(st.version, 0) <> p_base THEN
            RETURN conflict(CASE WHEN FOUND THEN to_jsonb(st) ELSE jsonb_build_object('version', 0) END);
        END IF;
        INSERT INTO settings (key, value, version, updated_by, updated_at)
            VALUES (p_id, p_data->>'value', 1, me.person, now())
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = settings.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO st;
        RETURN record_change(p_op, me.person, 'setting', p_id, st.version, p_action, to_jsonb(st), p_id);

    ELSIF p_kind = 'person' THEN
        IF me.role <> 'EDITOR' THEN
            RETURN refused('Only editors add people or change roles.', NULL);
        END IF;
        IF coalesce(p_data->>'role', '') NOT IN ('WRITER', 'EDITOR') THEN
            RETURN refused('A person is a writer or an editor.', NULL);
        END IF;
        SELECT * INTO p FROM people WHERE name = p_id FOR UPDATE;
        SELECT * INTO t FROM team WHERE id = 1;
        INSERT INTO people (name, login, role, version, updated_by, updated_at)
            VALUES (p_id, NULL, p_data->>'role', 1, me.person, now())
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, version = people.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING * INTO p;
        IF p.login IS NOT NULL THEN
            EXECUTE format('REVOKE %I, %I FROM %I', t.writer_role, t.editor_role, p.login);
            EXECUTE format('GRANT %I TO %I', CASE p.role WHEN 'EDITOR' THEN t.editor_role ELSE t.writer_role END,
                           p.login);
        END IF;
        RETURN record_change(p_op, me.person, 'person', p_id, p.version, 'SAVE', to_jsonb(p) - 'login', p.role);
    END IF;
    RETURN refused('Unknown kind of record: ' || p_kind || '.', NULL);
END
$$;

-- team people add / team people role: an editor creates or changes a person's own login, in the group role for
-- their role, with a new password (the caller makes it and shows it once; it is valid for a week).
CREATE FUNCTION set_person(p_name text, p_login text, p_role text, p_password text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    me record;
    t team;
    p people;
    until text := to_char(now() + interval '7 days', 'YYYY-MM-DD"T"HH24:MI:SSOF');
BEGIN
    SELECT * INTO me FROM whoami();
    IF me.role <> 'EDITOR' THEN
        RAISE EXCEPTION 'Only editors add people or change roles.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_role NOT IN ('WRITER', 'EDITOR') THEN
        RAISE EXCEPTION 'A person is a writer or an editor.';
    END IF;
    PERFORM 1 FROM change_counter WHERE id = 1 FOR UPDATE;
    SELECT * INTO t FROM team WHERE id = 1;
    SELECT * INTO p FROM people WHERE name = p_name FOR UPDATE;
    IF FOUND AND p.login IS NOT NULL AND p.login <> p_login THEN
        RAISE EXCEPTION '% already signs in as %.', p_name, p.login;
    END IF;
    IF EXISTS (SELECT 1 FROM people WHERE login = p_login AND name <> p_name) THEN
        RAISE EXCEPTION 'The login % belongs to someone else.', p_login;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF NOT (pg_has_role(p_login, t.writer_role, 'MEMBER') OR pg_has_role(p_login, t.editor_role, 'MEMBER')
                OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                               WHERE r.rolname = p_login)) THEN
            RAISE EXCEPTION 'The login % already exists on the server for something else.', p_login;
        END IF;
        IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = p_login) THEN
            RAISE EXCEPTION 'The login % is an administrator; its password is not changed here.', p_login;
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', p_login, p_password, until);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', p_login, p_password, until);
    END IF;
    EXECUTE format('REVOKE %I, %I FROM %I', t.writer_role, t.editor_role, p_login);
    EXECUTE format('GRANT %I TO %I', CASE p_role WHEN 'EDITOR' THEN t.editor_role ELSE t.writer_role END, p_login);
    INSERT INTO people (name, login, role, version, updated_by, updated_at)
        VALUES (p_name, p_login, p_role, 1, me.person, now())
        ON CONFLICT (name) DO UPDATE SET login = excluded.login, role = excluded.role,
            version = people.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
        RETURNING * INTO p;
    RETURN record_change(NULL, me.person, 'person', p_name, p.version, 'SAVE', to_jsonb(p) - 'login', p.role);
END
$$;

-- Who has a story open: a desk says so when it opens one (p_open) and when it closes it.
CREATE FUNCTION mark_open(p_story uuid, p_open boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    me record;
BEGIN
    SELECT * INTO me FROM whoami();
    IF p_open THEN
        INSERT INTO presence (person, story_id, seen_at) VALUES (me.person, p_story, now())
            ON CONFLICT (person, story_id) DO UPDATE SET seen_at = excluded.seen_at;
    ELSE
        DELETE FROM presence WHERE person = me.person AND story_id = p_story;
    END IF;
    PERFORM pg_notify('newsdesk_presence', p_story::text);
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA newsdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA newsdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA newsdesk TO "${writer_role}", "${editor_role}";
GRANT SELECT ON team, people, outlets, settings, clips, stories, comments, revisions, editions, changes, presence
    TO "${writer_role}", "${editor_role}";
GRANT SELECT ON audit TO "${editor_role}";
GRANT EXECUTE ON FUNCTION apply(uuid, text, text, text, bigint, jsonb), set_person(text, text, text, text),
    mark_open(uuid, boolean), whoami(), story_refusal(text, text, text, text, text), can_move(text, text),
    action_target(text)
    TO "${writer_role}", "${editor_role}";
