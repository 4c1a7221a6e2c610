import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// A hand-made sideways scroll box is neither reachable by keyboard nor hinted on a phone.
const sidewaysScroll = "Wrap wide content in ScrollRegion (components/ui/scroll-region.tsx) instead of a sideways overflow class.";
const overflowClass = "/\\boverflow-(x-)?(auto|scroll)\\b/";
const noSidewaysScroll = [
  { selector: `JSXAttribute[name.name='className'] Literal[value=${overflowClass}]`, message: sidewaysScroll },
  { selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=${overflowClass}]`, message: sidewaysScroll },
];

// One list component (issue 11): a table written by hand loses the header, empty state, phone layout and scroll hint.
const noHandTable = [
  {
    selector: "JSXOpeningElement[name.name='table']",
    message: "Render lists and tables with DataTable (components/ui/data-table.tsx), not a hand-written <table>.",
  },
];

// One way to do each thing (issue 11): these keep new copies of the shared helpers out.
const witaOffset = "Write WITA times with witaInstant / witaDay / calendarDate from lib/i18n/dates, not a hard-coded +08:00.";
const oneWay = [
  { selector: "Literal[value=/\\+08:?00/]", message: witaOffset },
  { selector: "TemplateElement[value.raw=/\\+08:?00/]", message: witaOffset },
  {
    // replace(/\./g, "") and friends: the hand-written Indonesian number parsers this replaced.
    selector: "CallExpression[callee.property.name=/^replace(All)?$/] > Literal.arguments:first-child[regex.pattern=/^(\\\\\\.|,)$/]",
    message: "Parse numbers typed by people with numberField / optionalNumberField / parseIndonesianNumber from lib/form-fields.",
  },
  {
    selector: "CallExpression[callee.property.name=/^replace(All)?$/][arguments.0.value=','][arguments.1.value='.']",
    message: "Parse numbers typed by people with numberField / optionalNumberField / parseIndonesianNumber from lib/form-fields.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Both drivers' handles are named db (getDb()), tx in transactions.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
      "no-restricted-syntax": ["error", ...oneWay],
    },
  },
  {
    files: ["**/*.tsx"],
    ignores: ["components/ui/scroll-region.tsx"],
    rules: { "no-restricted-syntax": ["error", ...oneWay, ...noSidewaysScroll] },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/scroll-region.tsx", "components/ui/data-table.tsx"],
    rules: { "no-restricted-syntax": ["error", ...oneWay, ...noSidewaysScroll, ...noHandTable] },
  },
  {
    // The homes of the offset and of the number parser.
    files: ["lib/i18n/dates.ts", "lib/form-fields.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // next-intl's client runtime is not shipped: client components translate through lib/i18n/client
    // (server components use next-intl/server). One import of "next-intl" would bring it back into the bundle.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-intl", allowTypeImports: true, message: "Use useTranslations from @/lib/i18n/client (or getTranslations from next-intl/server)." },
            { name: "next/link", message: "Use Link from @/components/ui/link: it does not prefetch every dynamic page in view." },
          ],
        },
      ],
    },
  },
  {
    // Components never read the database; a client component that imports db/ ships drizzle to the browser.
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-intl", allowTypeImports: true, message: "Use useTranslations from @/lib/i18n/client (or getTranslations from next-intl/server)." },
            { name: "next/link", message: "Use Link from @/components/ui/link: it does not prefetch every dynamic page in view." },
          ],
          patterns: [{ group: ["@/db/*", "**/db/*"], allowTypeImports: true, message: "Import the plain values from lib/domain instead." }],
        },
      ],
    },
  },
  {
    // The one place that wraps next/link.
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
