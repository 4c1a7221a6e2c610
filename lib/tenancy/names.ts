/** The names proxy.ts and the server share; nothing here touches the database, so the proxy may import it. */

/** The header proxy.ts sets (after removing any the client sent): the slug of a /r/<slug>/ prefix. */
export const TENANT_HEADER = "x-kawal-tenant";
/** The cookie that remembers a path-prefix tenant on a shared host, so plain links keep working. */
export const TENANT_COOKIE = "kawal_tenant";
/** A tenant's slug: what tenants.slug allows (db/schema/tenants.ts). */
export const TENANT_SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
