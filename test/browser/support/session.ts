/**
 * The jest lifecycle both browser suites share: the harness served on loopback, one Chromium for the
 * suite, and for each test a fresh watched page opened on `pagePath`, ready once `readyTestId` shows.
 */
import type { Browser } from "playwright-core";
import { WatchedPage, launchChromium, openWatchedPage } from "./browser";
import { HARNESS_BUILD_TIMEOUT_MS, ensureHarness } from "./harnessBuild";
import { StaticServer, serveDirectory } from "./server";

export interface PaneSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The current test's page. */
  readonly pane: WatchedPage;
}

export function paneSession(pagePath: string, readyTestId: string): PaneSession {
  const session = {} as { server: StaticServer; browser: Browser; pane: WatchedPage };
  beforeAll(async () => {
    session.server = await serveDirectory(await ensureHarness());
    session.browser = await launchChromium();
  }, HARNESS_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    session.pane = await openWatchedPage(session.browser, session.server.origin);
    await session.pane.page.goto(`${session.server.origin}/${pagePath}`);
    await session.pane.page.getByTestId(readyTestId).waitFor();
  });
  afterEach(async () => {
    await session.pane.page.context().close();
  });
  return session;
}
