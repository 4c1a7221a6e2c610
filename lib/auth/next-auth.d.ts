import type { Role } from "@/db/schema/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    agencyId: number | null;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; agencyId: number | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    agencyId?: number | null;
  }
}
