import type { ReactNode } from "react";
import { PortalHeader } from "@/components/layout/portal-header";
import { requireUser } from "@/lib/auth/session";
import { currentRequestTenant } from "@/lib/tenancy/request";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const tenant = (await currentRequestTenant())!;
  return (
    <>
      <PortalHeader user={user} tenant={tenant} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
