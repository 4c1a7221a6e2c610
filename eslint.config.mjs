import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A hand-made sideways scroll box is neither reachable by keyboard nor hinted on a phone.
const sidewaysScroll = "Wrap wide content in ScrollRegion (components/ui/scroll-region.tsx) instead of a sideways overflow class.";
const overflowClass = "/\\boverflow-(x-)?(auto|scroll)\\b/";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.tsx"],
    ignores: ["components/ui/scroll-region.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `JSXAttribute[name.name='className'] Literal[value=${overflowClass}]`, message: sidewaysScroll },
        { selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=${overflowClass}]`, message: sidewaysScroll },
      ],
    },
  },
  {
    // Components never read the database; a client component that imports db/ ships drizzle to the browser.
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db/*", "**/db/*"], allowTypeImports: true, message: "Import the plain values from lib/domain instead." }] }],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
