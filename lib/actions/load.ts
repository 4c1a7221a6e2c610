import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireAllowed } from "@/lib/auth/session";
import type { Operation } from "@/lib/authz";
import { parseId } from "@/lib/ids";
import { getActionDetail } from "./queries";

/** For action pages: the user may do `operation` and may see this action, else a 404. */
export async function loadActionFor(operation: Operation, params: Promise<{ id: string }>) {
  return loadAction(operation, (await params).id);
}

/** Memoised per request on plain values, so generateMetadata and the page share one load. */
const loadAction = cache(async (operation: Operation, rawId: string) => {
  const user = await requireAllowed(operation);
  const id = parseId(rawId);
  const action = id === null ? null : await getActionDetail({ actor: user, id });
  if (!action) notFound();
  return { user, action };
});
