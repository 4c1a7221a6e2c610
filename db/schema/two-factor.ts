import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./people";
import { sameTenant, tenantId } from "./tenants";

/**
 * A user's authenticator (TOTP, lib/auth/two-factor/). The secrets are stored encrypted with a key
 * derived from AUTH_SECRET (AES-256-GCM, bound to the user's id), never in the clear, and are
 * shown only while enrolling. A row without `secret` holds an enrolment that was started but not
 * yet confirmed with a code.
 */
export const userTwoFactor = pgTable(
  "user_two_factor",
  {
    tenantId: tenantId(),
    userId: integer()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The confirmed secret, encrypted; null until the first code confirms an enrolment. */
    secret: text(),
    enrolledAt: timestamp({ withTimezone: true }),
    /**
     * The last 30-second time step a code was accepted for. Codes of this step or an earlier one
     * are refused, so a code works once even within the drift window.
     */
    lastUsedStep: bigint({ mode: "number" }),
    /** The secret of an enrolment under way (shown as a QR code), encrypted; it replaces `secret` once confirmed. */
    pendingSecret: text(),
    pendingSince: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("user_two_factor_user_id_tenant_fk", t.tenantId, t.userId, users),
    check("user_two_factor_enrolled_has_secret", sql`(${t.secret} is null) = (${t.enrolledAt} is null)`),
    check("user_two_factor_pending_has_time", sql`(${t.pendingSecret} is null) = (${t.pendingSince} is null)`),
    check("user_two_factor_step_positive", sql`${t.lastUsedStep} is null or ${t.lastUsedStep} >= 0`),
  ],
);

/** Ten single-use codes per enrolled user, for a lost authenticator; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The unique index also serves the lookups by user (its first column).
  (t) => [sameTenant("recovery_codes_user_id_tenant_fk", t.tenantId, t.userId, users), uniqueIndex("recovery_codes_user_code_key").on(t.userId, t.codeHash)],
);
