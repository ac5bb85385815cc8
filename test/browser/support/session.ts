/**
 * The jest lifecycle both browser suites share: the harness served on loopback, one Chromium for the
 * suite, and for each test a fresh watched page opened on `pagePath`, ready once `readyTestId` shows.
 */
import type { Browser } from "playwright-core";
import { WatchedPage, launchChromium, openWatchedPage } from "./browser";
import { ensureHarness } from "./harnessBuild";
import { StaticServer, serveDirectory } from "./server";

export interface PaneSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The current test's page. */
  readonly pane: WatchedPage;
}

/**
 * Serving the harness (already built by globalSetup) and starting Chromium: seconds on a quiet
 * machine, but the other projects' workers share the two cores (a clean-clone CI run took over 10 s).
 */
const SESSION_START_TIMEOUT_MS = 120_000;

export function paneSession(pagePath: string, readyTestId: string): PaneSession {
  const session = {} as { server: StaticServer; browser: Browser; pane: WatchedPage };
  // Kept so that afterAll closes the browser even when its launch outlived beforeAll's timeout: a
  // Chromium left running keeps jest from exiting.
  let launching: Promise<Browser> | undefined;
  beforeAll(async () => {
    session.server = await serveDirectory(await ensureHarness());
    launching = launchChromium();
    session.browser = await launching;
  }, SESSION_START_TIMEOUT_MS);
  afterAll(async () => {
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    session.pane = await openWatchedPage(session.browser, session.server.origin);
    await session.pane.page.goto(`${session.server.origin}/${pagePath}`);
    await session.pane.page.getByTestId(readyTestId).waitFor();
  });
  afterEach(async () => {
    await session.pane?.page.context().close();
  });
  return session;
}
