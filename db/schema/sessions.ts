import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sessionEndReasonEnum } from "./enums";
import { users } from "./people";
import { sameTenant, tenantId } from "./tenants";

/**
 * One row per sign-in. The JWT carries only the row's id, and every request reads the row with
 * the user, so ending the row (logout, deactivation, a new password…) ends the session at once,
 * however long the cookie had left. Ended rows are kept for a while: they tell which addresses
 * an account signed in from (lib/auth/login-limits.ts).
 */
export const sessions = pgTable(
  "sessions",
  {
    /** 32 random bytes, base64url: unguessable, and never reused. */
    id: text().primaryKey(),
    tenantId: tenantId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: sessionEndReasonEnum(),
    ipAddress: text().notNull().default(""),
    userAgent: text().notNull().default(""),
  },
  (t) => [
    sameTenant("sessions_user_id_tenant_fk", t.tenantId, t.userId, users),
    index("sessions_user_idx").on(t.userId, t.createdAt),
    check("sessions_expire_after_start", sql`${t.expiresAt} > ${t.createdAt}`),
    check("sessions_ended_has_reason", sql`(${t.endedAt} is null) = (${t.endReason} is null)`),
  ],
);

/**
 * rate-limiter-flexible's RateLimiterDrizzle store: one counter per key (an address, an
 * account, an account+address pair), reset when `expire` has passed.
 */
export const loginLimits = pgTable(
  "login_limits",
  {
    tenantId: tenantId(),
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ withTimezone: true }),
  },
  (t) => [index("login_limits_expire_idx").on(t.expire)],
);
