CREATE TYPE "public"."audit_event_kind" AS ENUM('login', 'login_failed', 'logout', 'refused');--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"rows" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seq" bigint DEFAULT 0 NOT NULL,
	"hash" text DEFAULT '' NOT NULL,
	"kind" "audit_event_kind" NOT NULL,
	"user_id" integer,
	"email" text,
	"ip_address" text DEFAULT '' NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "history" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "history" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_events_created_idx" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_events_kind_idx" ON "audit_events" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_email_idx" ON "audit_events" USING btree ("email" text_pattern_ops,"created_at");
--> statement-breakpoint
-- The canonical content of a row, hashed with the previous row's hash: jsonb's own text form (its
-- key order is fixed) and the time in UTC to the microsecond, whatever the session's time zone.
-- lib/audit/verify.ts reads the same text and hashes it again outside the database.
CREATE FUNCTION history_content(h history) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(h.seq, h.id, h.actor_id, h.entity_type, h.entity_id, h.operation, h.changes, h.reason,
    to_char(h.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;
--> statement-breakpoint
CREATE FUNCTION audit_event_content(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(e.seq, e.id, e.kind, e.user_id, e.email, e.ip_address, e.detail,
    to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;
--> statement-breakpoint
INSERT INTO "audit_chain_heads" ("chain", "rows", "last_hash") VALUES ('history', 0, repeat('0', 64)), ('audit_events', 0, repeat('0', 64));
--> statement-breakpoint
-- The head row's lock (held to the end of the transaction) orders concurrent writers, so positions
-- follow commit order and no two rows chain to the same predecessor. Security definer: the app role
-- may not touch the heads itself.
CREATE FUNCTION history_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_heads%ROWTYPE;
BEGIN
  SELECT * INTO STRICT head FROM audit_chain_heads WHERE chain = 'history' FOR UPDATE;
  NEW.seq := head.rows + 1;
  NEW.hash := encode(sha256(convert_to(head.last_hash || history_content(NEW), 'UTF8')), 'hex');
  UPDATE audit_chain_heads SET rows = NEW.seq, last_hash = NEW.hash WHERE chain = 'history';
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_heads%ROWTYPE;
BEGIN
  SELECT * INTO STRICT head FROM audit_chain_heads WHERE chain = 'audit_events' FOR UPDATE;
  NEW.seq := head.rows + 1;
  NEW.hash := encode(sha256(convert_to(head.last_hash || audit_event_content(NEW), 'UTF8')), 'hex');
  UPDATE audit_chain_heads SET rows = NEW.seq, last_hash = NEW.hash WHERE chain = 'audit_events';
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
-- Rows written before the chain existed are chained here, in id order.
ALTER TABLE "history" DISABLE TRIGGER history_append_only;
--> statement-breakpoint
DO $$
DECLARE
  h history;
  position bigint := 0;
  previous text := repeat('0', 64);
BEGIN
  FOR h IN SELECT * FROM history ORDER BY id LOOP
    position := position + 1;
    h.seq := position;
    previous := encode(sha256(convert_to(previous || history_content(h), 'UTF8')), 'hex');
    UPDATE history SET seq = position, hash = previous WHERE id = h.id;
  END LOOP;
  UPDATE audit_chain_heads SET rows = position, last_hash = previous WHERE chain = 'history';
END;
$$;
--> statement-breakpoint
ALTER TABLE "history" ENABLE TRIGGER history_append_only;
--> statement-breakpoint
CREATE UNIQUE INDEX "history_seq_key" ON "history" USING btree ("seq");
--> statement-breakpoint
CREATE TRIGGER history_chain BEFORE INSERT ON "history" FOR EACH ROW EXECUTE FUNCTION history_chain();
--> statement-breakpoint
CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON "history" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_no_truncate BEFORE TRUNCATE ON "audit_chain_heads" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
