// Runs Lighthouse in plain Node (tsx's transform of Lighthouse breaks the functions it evaluates in
// the page): reads {base, chromePath, pages} as JSON on standard input, one run per page in one
// Chromium, and writes what tests/bench/lighthouse.ts needs of each report as JSON lines.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { base, chromePath, categories, pages } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const page of pages) {
    const flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
      ...(page.cookie ? { extraHeaders: { cookie: page.cookie } } : {}),
    };
    // A trace that could not be recorded (NO_NAVSTART and the like, on a busy machine) is run again, twice at most.
    let lhr;
    for (let attempt = 0; attempt < 3 && (!lhr || lhr.runtimeError); attempt++) {
      lhr = (await lighthouse(`${base}${page.url}`, flags, page.mobile ? undefined : desktopConfig))?.lhr;
    }
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audits = Object.fromEntries(
      Object.entries(lhr.audits).map(([id, a]) => [id, { score: a.score, displayValue: a.displayValue, numericValue: a.numericValue, title: a.title }]),
    );
    const scores = Object.fromEntries(
      categories.map((c) => [
        c,
        { score: lhr.categories[c]?.score ?? 0, refs: (lhr.categories[c]?.auditRefs ?? []).map((r) => ({ id: r.id, weight: r.weight })) },
      ]),
    );
    process.stdout.write(`${JSON.stringify({ url: page.url, scores, audits })}\n`);
  }
} finally {
  chrome.kill();
}
