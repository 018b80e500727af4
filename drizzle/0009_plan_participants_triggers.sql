-- Custom migration (drizzle-kit generate --custom): plan_participants is kept by the database as
-- proposals, comments, supports, pledges and online ballots are written, in the same statement's
-- transaction, whatever code path writes them. Statement-level triggers with transition tables,
-- so a bulk insert (a seed, an import) adds its participants in one insert, in key order so two
-- concurrent writers never wait on each other in opposite orders.
CREATE OR REPLACE FUNCTION plan_participants_from_proposals() RETURNS trigger AS $$
BEGIN
  INSERT INTO plan_participants (plan_id, user_id)
    SELECT DISTINCT plan_id, author_id FROM new_rows WHERE status <> 'draft' ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER proposals_plan_participants_insert AFTER INSERT ON proposals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_proposals();
--> statement-breakpoint
-- A draft becomes a participation when it is published.
CREATE TRIGGER proposals_plan_participants_update AFTER UPDATE ON proposals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_proposals();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plan_participants_from_comments() RETURNS trigger AS $$
BEGIN
  INSERT INTO plan_participants (plan_id, user_id)
    SELECT DISTINCT p.plan_id, n.author_id FROM new_rows n JOIN proposals p ON p.id = n.proposal_id WHERE p.status <> 'draft' ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER comments_plan_participants AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_comments();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plan_participants_from_supports() RETURNS trigger AS $$
BEGIN
  INSERT INTO plan_participants (plan_id, user_id)
    SELECT DISTINCT p.plan_id, n.user_id FROM new_rows n JOIN proposals p ON p.id = n.proposal_id WHERE p.status <> 'draft' ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER supports_plan_participants AFTER INSERT ON supports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_supports();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plan_participants_from_pledges() RETURNS trigger AS $$
BEGIN
  INSERT INTO plan_participants (plan_id, user_id)
    SELECT DISTINCT p.plan_id, n.pledger_id FROM new_rows n JOIN proposals p ON p.id = n.proposal_id WHERE p.status <> 'draft' ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER pledges_plan_participants AFTER INSERT ON pledges REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_pledges();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plan_participants_from_ballots() RETURNS trigger AS $$
BEGIN
  -- Paper and imported ballots name no one.
  INSERT INTO plan_participants (plan_id, user_id)
    SELECT DISTINCT plan_id, voter_id FROM new_rows WHERE source = 'online' AND voter_id IS NOT NULL ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ballots_plan_participants AFTER INSERT ON ballots REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plan_participants_from_ballots();
--> statement-breakpoint
-- Everyone who took part before the ledger existed.
INSERT INTO plan_participants (plan_id, user_id)
  SELECT plan_id, user_id FROM (
    SELECT p.plan_id, p.author_id AS user_id FROM proposals p WHERE p.status <> 'draft'
    UNION SELECT p.plan_id, c.author_id FROM comments c JOIN proposals p ON p.id = c.proposal_id WHERE p.status <> 'draft'
    UNION SELECT p.plan_id, s.user_id FROM supports s JOIN proposals p ON p.id = s.proposal_id WHERE p.status <> 'draft'
    UNION SELECT p.plan_id, g.pledger_id FROM pledges g JOIN proposals p ON p.id = g.proposal_id WHERE p.status <> 'draft'
    UNION SELECT b.plan_id, b.voter_id FROM ballots b WHERE b.source = 'online' AND b.voter_id IS NOT NULL
  ) everyone ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
