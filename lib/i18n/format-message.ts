/**
 * The part of ICU message syntax Kawal's client messages use, for the browser without next-intl's
 * client (about 11 kB compressed on every page): `{name}`, `{n, number}`, and
 * `{n, plural, =0 {…} one {…} other {… # …}}` / `{x, select, a {…} other {…}}`. The server keeps
 * next-intl; lib/i18n/format-message.test.ts checks that both give the same text for every
 * client message.
 */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** The index of the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

/** `=0 {…} one {…} other {…}` as selector → text. */
function cases(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const close = closing(text, open);
    found.set(text.slice(i, open).trim(), text.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

export function formatMessage(message: string, values: MessageValues = {}, locale = "id", pound?: string): string {
  let out = "";
  let i = 0;
  while (i < message.length) {
    const ch = message[i]!;
    if (ch === "#" && pound !== undefined) {
      out += pound;
      i++;
      continue;
    }
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    const close = closing(message, i);
    const body = message.slice(i + 1, close);
    i = close + 1;
    const [name = "", type, ...rest] = body.split(",");
    const key = name.trim();
    const value = values[key];
    const kind = type?.trim();
    if (kind === undefined) {
      out += value instanceof Date ? value.toISOString() : String(value ?? `{${key}}`);
      continue;
    }
    const number = (n: number) => new Intl.NumberFormat(locale).format(n);
    if (kind === "number") {
      out += number(Number(value));
      continue;
    }
    const options = cases(rest.join(","));
    if (kind === "plural") {
      const n = Number(value);
      const chosen = options.get(`=${n}`) ?? options.get(new Intl.PluralRules(locale).select(n)) ?? options.get("other") ?? "";
      out += formatMessage(chosen, values, locale, number(n));
    } else if (kind === "select") {
      out += formatMessage(options.get(String(value)) ?? options.get("other") ?? "", values, locale, pound);
    } else throw new Error(`Unsupported message argument "${kind}" in: ${message}`);
  }
  return out;
}
