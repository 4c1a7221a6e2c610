import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { activeTenants, resolveTenant, TENANT_COOKIE, TENANT_HEADER, TENANT_SLUG, type Tenant } from "./resolve";

/** The request's headers, or undefined outside a Next.js request (a CLI, a test). */
async function requestHeaders(): Promise<Headers | undefined> {
  try {
    return (await headers()) as unknown as Headers;
  } catch {
    return undefined;
  }
}

/**
 * The tenant of the current request, from its host and the prefix hint proxy.ts left; a request
 * that names no known tenant is answered 404. Undefined outside a request.
 */
export async function currentRequestTenant(): Promise<Tenant | undefined> {
  const h = await requestHeaders();
  if (!h) return undefined;
  const hint = h.get(TENANT_HEADER) ?? "";
  const remembered = (await cookies()).get(TENANT_COOKIE)?.value ?? "";
  const tenant = resolveTenant(
    await activeTenants(),
    { host: h.get("host"), slug: TENANT_SLUG.test(hint) ? hint : undefined, remembered: TENANT_SLUG.test(remembered) ? remembered : undefined },
    env().KAWAL_DEFAULT_TENANT,
  );
  if (!tenant) notFound();
  return tenant;
}

export async function tenantOfRequest(): Promise<number | undefined> {
  return (await currentRequestTenant())?.id;
}
