/**
 * Debian's Chromium driven by playwright-core (no browser download), and pages that record every
 * console error, page error and request leaving the test server. office.js is requested from
 * Microsoft's CDN exactly as in production and answered from node_modules/@microsoft/office-js.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { contentType } from "./server";
import { ROOT } from "./harnessBuild";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * Outside Office, office.js opens a hidden telemetry frame on this Microsoft host: office.js's own
 * traffic, not the add-in's (the production bundles are checked for network APIs in build.test.ts).
 * It is recorded apart and answered with an empty page so that the test network stays closed.
 */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const OFFICE_LOCAL = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

/** French UI language (date inputs show jj/mm/aaaa where Chromium's French locale files are installed). */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--lang=fr-FR",
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Requests to anything but the test server and office.js's CDN folder (answered 404). */
  foreignRequests: string[];
  /** office.js files asked from the CDN and served locally. */
  officeFiles: string[];
  /** office.js's own telemetry requests (see OFFICE_TELEMETRY). */
  officeTelemetry: string[];
}

/** A task-pane-sized page (Excel's default pane is about 350 px wide). */
export async function openWatchedPage(browser: Browser, origin: string, width = 380, height = 900): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  const watched: WatchedPage = { page, errors: [], foreignRequests: [], officeFiles: [], officeTelemetry: [] };
  page.on("console", (m) => {
    if (m.type() === "error") watched.errors.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => watched.errors.push(`pageerror: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) watched.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_LOCAL, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_LOCAL + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        watched.officeFiles.push(path.relative(OFFICE_LOCAL, file));
        return route.fulfill({ status: 200, contentType: contentType(file), body: fs.readFileSync(file) });
      }
    }
    if (OFFICE_TELEMETRY.test(url)) {
      watched.officeTelemetry.push(url);
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title></title>" });
    }
    watched.foreignRequests.push(url);
    return route.fulfill({ status: 404, body: "" });
  });
  return watched;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
