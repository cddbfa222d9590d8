-- Push a batch of outbox rows in one round trip: each is applied in order by apply(); once a record's change is not
-- applied, the rest of that record's changes in the batch are skipped (the desk merges and sends them again), and a
-- change made on top of one applied earlier in the batch is based on the version that one produced.
CREATE FUNCTION apply_many(p_ops jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = newsdesk, pg_temp AS $$
DECLARE
    op jsonb;
    key text;
    base bigint;
    advanced jsonb := '{}';
    blocked jsonb := '{}';
    results jsonb := '[]';
    r jsonb;
BEGIN
    FOR op IN SELECT value FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(value, n) ORDER BY n LOOP
        key := (op->>'kind') || '/' || (op->>'id');
        IF blocked ? key THEN
            results := results || jsonb_build_array(jsonb_build_object('outcome', 'skipped'));
            CONTINUE;
        END IF;
        base := coalesce((advanced->>key)::bigint, (op->>'base')::bigint);
        r := apply((op->>'op')::uuid, op->>'kind', op->>'action', op->>'id', base, op->'data');
        IF r->>'outcome' = 'applied' THEN
            advanced := advanced || jsonb_build_object(key, r->'version');
        ELSE
            blocked := blocked || jsonb_build_object(key, true);
        END IF;
        results := results || jsonb_build_array(r);
    END LOOP;
    RETURN results;
END
$$;

REVOKE ALL ON FUNCTION apply_many(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_many(jsonb) TO "${writer_role}", "${editor_role}";
