import "server-only";
import { notFound } from "next/navigation";
import { requireAllowed } from "@/lib/auth/session";
import type { Operation } from "@/lib/authz";
import { parseId } from "@/lib/ids";
import { getActionDetail } from "./queries";

/** For action pages: the user may do `operation` and may see this action, else a 404. */
export async function loadActionFor(operation: Operation, params: Promise<{ id: string }>) {
  const user = await requireAllowed(operation);
  const id = parseId((await params).id);
  const action = id === null ? null : await getActionDetail({ actor: user, id });
  if (!action) notFound();
  return { user, action };
}
