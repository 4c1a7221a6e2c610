import { getEvidenceFile } from "@/lib/actions/queries";
import { can } from "@/lib/authz";
import { requireApiUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { downloadHeaders } from "@/lib/http";

/** Evidence is served only to those who may see its action, always as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiUser();
  if (user instanceof Response) return user;
  if (!can(user, "action.read")) return new Response("Forbidden", { status: 403 });
  const id = parseId((await params).id);
  const file = id === null ? null : await getEvidenceFile({ actor: user, id });
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.content), {
    headers: { ...downloadHeaders(file.contentType, file.fileName), "Content-Length": String(file.sizeBytes), "Content-Security-Policy": "sandbox" },
  });
}
