ALTER TABLE "meetings" ADD COLUMN "search" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
CREATE INDEX "meetings_search_idx" ON "meetings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "meetings_type_idx" ON "meetings" USING btree ("type","starts_at");--> statement-breakpoint
CREATE FUNCTION meeting_search_vector(meeting integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT
    setweight(to_tsvector('simple', coalesce(m.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce((SELECT string_agg(c.body, ' ') FROM commitments c WHERE c.meeting_id = m.id), '')), 'B') ||
    setweight(to_tsvector('simple', coalesce((SELECT string_agg(s.body, ' ') FROM statements s WHERE s.meeting_id = m.id), '')), 'B') ||
    setweight(to_tsvector('simple',
      coalesce(m.summary, '') || ' ' || coalesce(m.conclusions, '') || ' ' || coalesce(m.place, '') || ' ' ||
      coalesce((SELECT string_agg(a.title || ' ' || a.notes, ' ') FROM agenda_items a WHERE a.meeting_id = m.id), '')), 'C')
  FROM meetings m WHERE m.id = meeting
$$;
--> statement-breakpoint
UPDATE "meetings" SET "search" = meeting_search_vector("id");
