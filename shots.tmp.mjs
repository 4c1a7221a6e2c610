import { chromium } from "@playwright/test";
const [base, tag, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
for (const [who, email] of [["viewer", "sekda@sinjai.demo"], ["kesra", "kesra@sinjai.demo"]]) {
  for (const [w, h, label] of [[1280, 900, "desktop"], [390, 844, "phone"]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, baseURL: base });
    const page = await ctx.newPage();
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    await page.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password: "sinjai2025", callbackUrl: "/" }, maxRedirects: 0 });
    for (const p of paths) {
      if (who === "kesra" && p !== "/") continue;
      await page.goto(p, { waitUntil: "networkidle" });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/perf-shots/${tag}-${who}-${label}${p.replace(/\W+/g, "_")}.png`, fullPage: true });
    }
    await ctx.close();
  }
}
await browser.close();
