/**
 * The server's defences as a real browser meets them: the built app runs under the
 * Content-Security-Policy without a single violation, its mutations carry the session token,
 * and a page from another origin (a second local server standing in for a malicious web site)
 * can neither read the API nor change the workspace, by fetch or by form, nor frame the app.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, launchChromium } from "../../src/testing/browser.js";
import { copyExample } from "../../src/testing/cli.js";
import { closeWorkbench, eventually, serveDir } from "../../src/testing/workbench.js";

describe.skipIf(!browserReady)("bearing serve's defences in a browser", () => {
  let dir: string;
  let server: RunningServer;
  let evil: Server;
  let evilUrl: string;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  const workers = new Set<string>();

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-security-");
    server = await serveDir(dir);
    // Another origin (another port) whose page attacks the workbench; an inline script is
    // fine here: this is the attacker's page, served without our headers.
    evil = createServer((request, response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(evilPage(server.url, request.url ?? "/"));
    });
    await new Promise<void>((ok) => evil.listen(0, "127.0.0.1", ok));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Runs before the page's own scripts; Playwright's init scripts are exempt from CSP.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const store = window as unknown as { __violations?: string[] };
        store.__violations ??= [];
        store.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    // The SMAA worker reports its violations to itself, not to the document: its script (one
    // self-contained file) gets the same listener put in front, as it comes from the server
    // with the server's headers.
    await page.route("**/assets/worker-*.js", async (route) => {
      const response = await route.fetch();
      const listen = `self.__violations = [];
self.addEventListener("securitypolicyviolation", (e) =>
  self.__violations.push(e.violatedDirective + " " + e.blockedURI));
`;
      await route.fulfill({ response, body: listen + (await response.text()) });
    });
  });

  afterAll(async () => {
    await closeWorkbench(browser, server);
    await new Promise((ok) => evil?.close(ok));
  });

  const collectViolations = async () => {
    const found = await page.evaluate(
      () => (window as unknown as { __violations?: string[] }).__violations ?? [],
    );
    violations.push(...found);
    for (const worker of page.workers()) {
      workers.add(worker.url());
      violations.push(
        ...(await worker.evaluate(
          () => (self as unknown as { __violations?: string[] }).__violations ?? ["not watched"],
        )),
      );
    }
  };

  /** Sweeps the pointer across the middle of every chart, so that their tooltips show. */
  const hoverCharts = async () => {
    for (const chart of await page.locator(".chart").all()) {
      const box = await chart.boundingBox();
      if (!box) continue;
      for (let x = 0.1; x < 0.95; x += 0.05) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.45);
      }
    }
  };

  it("runs every view under the Content-Security-Policy without a violation", async () => {
    const response = await page.goto(`${server.url}#/overview`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await expect
      .poll(() => page.locator('[data-testid="ranked-option"]').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    for (const view of [
      "criteria",
      "board",
      "robustness",
      "compare",
      "journal",
      "option/seed-cto",
    ]) {
      await page.goto(`${server.url}#/${view}`);
      await eventually(() => page.locator("h1").count()).toBeGreaterThan(0);
      // Charts draw after the heading appears.
      await page.waitForTimeout(500);
      await hoverCharts();
    }
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.smaaStatus), {
        timeout: 20_000,
      })
      .toBe("done");
    // Hash routes keep one document, so its listener has seen every view.
    await collectViolations();
    expect(violations).toEqual([]);
    expect(
      consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)),
    ).toEqual([]);
    // The robustness worker ran and was watched too.
    expect(workers.size).toBeGreaterThan(0);
  });

  it("sends the token from the page on mutations, and the server wants it", async () => {
    await page.goto(`${server.url}#/board`);
    const results = await page.evaluate(async () => {
      const token = document.querySelector('meta[name="bearing-token"]')?.getAttribute("content");
      const post = (headers: Record<string, string>) =>
        fetch("/api/options", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ title: "Added from the page" }),
        }).then((r) => r.status);
      return {
        tokenLength: token?.length ?? 0,
        without: await post({}),
        with: await post({ "x-bearing-token": token ?? "" }),
      };
    });
    expect(results).toEqual({ tokenLength: 43, without: 403, with: 201 });
    expect(existsSync(join(dir, "options/added-from-the-page.md"))).toBe(true);
  });

  it("keeps another origin's page from reading or changing the workspace", async () => {
    const before = readdirSync(join(dir, "options")).sort();
    const attacker = await browser.newPage();
    await attacker.goto(`${evilUrl}/`);
    await expect
      .poll(() => attacker.evaluate(() => document.body.dataset.done), { timeout: 15_000 })
      .toBe("yes");
    const outcome = await attacker.evaluate(() =>
      JSON.parse(document.body.dataset.outcome ?? "{}"),
    );
    // No CORS: the read fails in the browser. The no-cors write reaches the server, which
    // refuses it (checked on disk below); Cross-Origin-Resource-Policy then turns even its
    // opaque answer into a network error.
    expect(outcome.read).toBe("blocked");
    expect(outcome.post).toBe("error");
    // The cross-site form posts into a hidden frame; give it and the framed app time to land.
    await attacker.waitForTimeout(1000);
    // frame-ancestors 'none': the framed workbench never renders.
    const framed = attacker.frames().filter((frame) => frame !== attacker.mainFrame());
    expect(framed.length).toBeGreaterThan(0);
    for (const frame of framed) {
      const rendered = await frame
        .evaluate(() => document.querySelector("header .brand") !== null)
        .catch(() => false);
      expect(rendered).toBe(false);
    }
    await attacker.close();
    expect(readdirSync(join(dir, "options")).sort()).toEqual(before);
    for (const name of before) {
      expect(readFileSync(join(dir, "options", name), "utf8")).not.toContain("Planted");
    }
  });
});

/** The attacker's page: a cross-origin read, a no-cors write, a form post, and a frame. */
function evilPage(target: string, path: string): string {
  if (path !== "/") return "<!doctype html><p>nothing here</p>";
  const base = target.replace(/\/$/, "");
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${base}/api/options" enctype="text/plain" target="sink">
  <input name='{"title":"Planted by form","x":"' value='"}'>
</form>
<iframe name="sink" style="display:none"></iframe>
<iframe id="frame" src="${base}/"></iframe>
<script>
const api = ${JSON.stringify(base)};
const outcome = {};
(async () => {
  try {
    await (await fetch(api + "/api/workspace")).json();
    outcome.read = "read";
  } catch { outcome.read = "blocked"; }
  try {
    const r = await fetch(api + "/api/options", {
      method: "POST", mode: "no-cors",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ title: "Planted by fetch" }),
    });
    outcome.post = r.type;
  } catch { outcome.post = "error"; }
  document.getElementById("f").submit();
  document.body.dataset.outcome = JSON.stringify(outcome);
  document.body.dataset.done = "yes";
})();
</script></body></html>`;
}
