import { getEvidenceFile } from "@/lib/actions/queries";
import { downloadHeaders, notFound, routeHandler, routeUser } from "@/lib/http";
import { parseId } from "@/lib/ids";

/** Evidence is served only to those who may see its action, always as a download. */
export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await routeUser("action.read");
  const id = parseId((await params).id) ?? notFound();
  const file = (await getEvidenceFile({ actor: user, id })) ?? notFound();
  return new Response(new Uint8Array(file.content), {
    headers: { ...downloadHeaders(file.contentType, file.fileName), "Content-Length": String(file.sizeBytes), "Content-Security-Policy": "sandbox" },
  });
});
