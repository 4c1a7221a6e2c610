/**
 * React's limit on a server action's arguments; Next.js throws (a 500) above it.
 * https://github.com/facebook/react: "Server Action arguments list is too long".
 */
const MAX_ARGUMENTS = 1000;

function isArgumentList(text: string | null): boolean {
  if (text === null) return false;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length <= MAX_ARGUMENTS;
  } catch {
    return false;
  }
}

/**
 * True when a server action call (a POST with the Next-Action header) carries a body that the
 * React client never sends: not a JSON list of arguments (empty, null, a bare string, broken
 * JSON) or more than 1,000 of them. Next.js would fail decoding it with a 500 before any of
 * our code runs; the proxy answers 400 instead. Bodies React does send pass unchanged.
 */
export async function isMalformedServerAction(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const first = form?.get("0");
    return !isArgumentList(typeof first === "string" ? first : null);
  }
  return !isArgumentList(
    await request
      .clone()
      .text()
      .catch(() => null),
  );
}
