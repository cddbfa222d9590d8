-- V4: the newsroom's settings and outlets are an editor's, on the server as on the desk (workflow.Permissions'
-- newsroomRefusal). A writer's story-package import or feed follow may still create a NEW outlet, on a domain no
-- other outlet has; changing or deleting an existing outlet, or any setting, is refused for a writer's login.

CREATE OR REPLACE FUNCTION apply(p_op uuid, p_kind text, p_action text, p_id text, p_base bigint, p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    result jsonb;
    waiting text;
    t team;
    me record;
    earlier jsonb;
    o outlets;
BEGIN
    IF p_kind IN ('feed', 'watch', 'wire', 'word') THEN
        RETURN apply_wire(p_op, p_kind, p_action, p_id, p_base, p_data);
    END IF;
    IF p_kind IN ('outlet', 'setting') THEN
        SELECT * INTO me FROM whoami();
        IF me.role <> 'EDITOR' THEN
            PERFORM 1 FROM change_counter WHERE id = 1 FOR UPDATE;
            SELECT op.result INTO earlier FROM applied_ops op WHERE op_id = p_op;
            IF earlier IS NOT NULL THEN
                RETURN earlier || jsonb_build_object('duplicate', true);
            END IF;
            IF p_kind = 'setting' THEN
                RETURN refused('Only editors change the newsroom''s settings.',
                               (SELECT to_jsonb(st) FROM settings st WHERE st.key = p_id));
            END IF;
            SELECT * INTO o FROM outlets WHERE name = p_id FOR UPDATE;
            IF FOUND OR p_action = 'DELETE' THEN
                RETURN refused('Only editors change or delete an existing outlet; a writer may only add a new one.',
                               CASE WHEN FOUND THEN to_jsonb(o) END);
            END IF;
            IF EXISTS (SELECT 1 FROM outlets x, jsonb_array_elements_text(x.domains) d(domain),
                                 jsonb_array_elements_text(coalesce(p_data->'domains', '[]')) n(domain)
                       WHERE NOT x.deleted AND lower(d.domain) = lower(n.domain)) THEN
                RETURN refused('A writer adds a new outlet only on a domain no other outlet has.', NULL);
            END IF;
        END IF;
    END IF;
    result := apply_newsroom(p_op, p_kind, p_action, p_id, p_base, p_data);
    IF p_kind = 'person' AND result->>'outcome' = 'applied' THEN
        SELECT o2.login INTO waiting FROM people p JOIN one_time_passwords o2 ON o2.login = p.login
            WHERE p.name = p_id AND o2.used_at IS NULL;
        IF waiting IS NOT NULL THEN
            SELECT * INTO t FROM team WHERE id = 1;
            EXECUTE format('REVOKE %I, %I FROM %I', t.writer_role, t.editor_role, waiting);
        END IF;
    END IF;
    RETURN result;
END
$$;

REVOKE ALL ON FUNCTION apply(uuid, text, text, text, bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply(uuid, text, text, text, bigint, jsonb) TO "${writer_role}", "${editor_role}";
