-- Quotes are anchored into article bodies by character offsets, so a stored body never changes.
CREATE FUNCTION kroscek_article_body_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.body IS DISTINCT FROM OLD.body OR NEW.body_sha256 IS DISTINCT FROM OLD.body_sha256 THEN
    RAISE EXCEPTION 'article body is immutable (article %)', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER articles_body_immutable
  BEFORE UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION kroscek_article_body_immutable();
