-- Full-text search. An article is indexed with the text-search configuration of its own language,
-- so Indonesian words are stemmed by the Indonesian stemmer ("kesepakatan" -> "sepakat") and
-- English ones by the English one ("meetings" -> "meet"); other languages fall back to 'simple'.
-- IMMUTABLE so it can appear in index expressions; configurations are schema-qualified so the
-- result does not depend on the caller's search_path.
CREATE FUNCTION kroscek_ts_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE split_part(lower(coalesce(lang, '')), '-', 1)
    WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    ELSE 'pg_catalog.simple'::regconfig
  END
$$;
--> statement-breakpoint
-- The search query must repeat this expression exactly for the planner to use the index.
CREATE INDEX "articles_search_idx" ON "articles" USING gin (
  to_tsvector(kroscek_ts_config("language"), coalesce("title", '') || ' ' || "body")
);
--> statement-breakpoint
-- Claims carry no language of their own (summaries are written in either), so both stemmers index them.
CREATE INDEX "claims_search_id_idx" ON "claims" USING gin (to_tsvector('pg_catalog.indonesian'::regconfig, "summary"));
--> statement-breakpoint
CREATE INDEX "claims_search_en_idx" ON "claims" USING gin (to_tsvector('pg_catalog.english'::regconfig, "summary"));
