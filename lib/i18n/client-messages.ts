/**
 * The message namespaces client components read with useTranslations. Only these go to the
 * browser: NextIntlClientProvider otherwise serialises the whole catalogue (about 40 kB) into
 * every page's RSC payload. A namespace may name a single message (dashboard.print).
 * client-messages.test.ts checks the list against the client components.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "actions.form",
  "actions.review",
  "actions.work",
  "admin.agencies",
  "admin.users",
  "attendance",
  "auth",
  "common",
  "confirmations",
  "dashboard.print",
  "enums.actionStatus",
  "enums.agencyKind",
  "enums.attendance",
  "enums.figureSource",
  "enums.meetingType",
  "enums.priority",
  "enums.role",
  "imports.errors",
  "layout",
  "meetingForm",
  "minutes",
  "platform",
  "realisations",
  "targets",
  // Only what the two-factor forms read (components/auth): the account page's texts stay on the server.
  "twoFactor.cancel",
  "twoFactor.code",
  "twoFactor.confirm",
  "twoFactor.confirming",
  "twoFactor.continue",
  "twoFactor.copied",
  "twoFactor.copy",
  "twoFactor.disable",
  "twoFactor.disableHint",
  "twoFactor.manual",
  "twoFactor.orCode",
  "twoFactor.password",
  "twoFactor.print",
  "twoFactor.qrLabel",
  "twoFactor.recoveryIntro",
  "twoFactor.recoveryList",
  "twoFactor.recoveryTitle",
  "twoFactor.reenrolPassword",
  "twoFactor.regenerate",
  "twoFactor.regenerateHint",
  "twoFactor.saved",
  "twoFactor.secretLabel",
  "twoFactor.starting",
  "twoFactor.working",
] as const;

type Messages = { [key: string]: string | Messages };

/** The parts of `messages` named by dotted `namespaces`, in the same nesting. */
export function pickMessages(messages: Messages, namespaces: readonly string[] = CLIENT_NAMESPACES): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let from: Messages | string | undefined = messages;
    let to = picked;
    for (const [i, part] of parts.entries()) {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) break;
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Messages;
    }
  }
  return picked;
}
