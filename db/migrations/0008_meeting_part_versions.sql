ALTER TABLE "attendees" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_version" integer DEFAULT 1 NOT NULL;