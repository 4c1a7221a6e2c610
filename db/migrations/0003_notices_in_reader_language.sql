CREATE TYPE "public"."locale" AS ENUM('id', 'en');--> statement-breakpoint
-- The new kinds are written below, in the same transaction, which ALTER TYPE ... ADD VALUE does not allow: swap the type instead.
ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_before_0003";--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('assigned', 'reassigned', 'due_soon', 'overdue', 'returned', 'verified', 'minutes_final', 'legacy');--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind";--> statement-breakpoint
DROP TYPE "public"."notification_kind_before_0003";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" "locale" DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "params" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Notices used to be finished Indonesian sentences. Those in a shape the app wrote get their
-- parameters back, so they are shown in the reader's language; any other text stays readable as "legacy".
WITH "shapes" ("kind", "new_kind", "pattern", "names") AS (VALUES
  ('assigned', 'assigned', '^Tindak lanjut baru: (.*) \(tenggat (\d{4}-\d{2}-\d{2})\)\.$', ARRAY['title', 'dueDate']),
  ('assigned', 'reassigned', '^Tindak lanjut dialihkan ke kantor Anda: (.*)\.$', ARRAY['title']),
  ('due_soon', 'due_soon', '^Jatuh tempo (\d{4}-\d{2}-\d{2}): (.*)\.$', ARRAY['dueDate', 'title']),
  ('overdue', 'overdue', '^Terlambat sejak (\d{4}-\d{2}-\d{2}): (.*)\.$', ARRAY['dueDate', 'title']),
  ('verified', 'verified', '^Diverifikasi BPJS Ketenagakerjaan: (.*)\.$', ARRAY['title']),
  ('returned', 'returned', '^Dikembalikan untuk diperbaiki: (.*?)\. Catatan: (.*)$', ARRAY['title', 'comment']),
  ('minutes_final', 'minutes_final', '^Notulen final: (.*)\. Mohon setujui notulen atau ajukan keberatan\.$', ARRAY['title'])
), "parsed" AS (
  SELECT "n"."id", "s"."new_kind", "s"."names", regexp_match("n"."message", "s"."pattern") AS "parts"
  FROM "notifications" "n" JOIN "shapes" "s" ON "s"."kind" = "n"."kind"::text
  WHERE "n"."message" ~ "s"."pattern"
)
UPDATE "notifications" SET
  "kind" = "parsed"."new_kind"::"public"."notification_kind",
  "params" = (SELECT jsonb_object_agg("parsed"."names"[i], "parsed"."parts"[i]) FROM generate_subscripts("parsed"."names", 1) AS i)
FROM "parsed" WHERE "notifications"."id" = "parsed"."id";--> statement-breakpoint
UPDATE "notifications" SET "kind" = 'legacy', "params" = jsonb_build_object('text', "message") WHERE "params" = '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "message";
