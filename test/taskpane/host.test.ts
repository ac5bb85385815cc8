/**
 * The page's host detection (src/taskpane/host.ts): Excel, outside Excel, and office.js loaded but
 * silent (a proxy blocking its follow-up files) — then a French message after the timeout, and the
 * pane still starts if Office answers later. Timers are the test's; nothing waits on the clock.
 */
import { HOST_MESSAGES, HostState, HostTimers, OFFICE_READY_TIMEOUT_MS, watchHost } from "../../src/taskpane/host";

const g = globalThis as Record<string, unknown>;

/** Timers fired by hand. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; delayMs: number }>();
  let next = 1;
  const timers: HostTimers = {
    setTimer: (callback, delayMs) => {
      pending.set(next, { callback, delayMs });
      return next++;
    },
    clearTimer: (handle) => void pending.delete(handle as number),
  };
  const fireAll = () => {
    for (const [id, t] of [...pending]) {
      pending.delete(id);
      t.callback();
    }
  };
  return { timers, pending, fireAll };
}

/** office.js whose onReady answers when the test says so. */
function office() {
  let answer: (info: { host: string | null }) => void = () => undefined;
  const ready = new Promise<{ host: string | null }>((resolve) => (answer = resolve));
  g.Office = { HostType: { Excel: "Excel" }, onReady: () => ready };
  return { answer: (host: string | null) => answer({ host }) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("watchHost", () => {
  it("says what to do in French: the connection, a proxy or firewall, then reopen the pane", () => {
    expect(HOST_MESSAGES.unresponsiveBody).toMatch(/proxy/);
    expect(HOST_MESSAGES.unresponsiveBody).toMatch(/appsforoffice\.microsoft\.com/);
    expect(HOST_MESSAGES.unresponsiveBody).toMatch(/rouvrez/);
  });

  it("without office.js: outside Excel at once, no timer", () => {
    const { timers, pending } = manualTimers();
    const states: HostState[] = [];
    watchHost((s) => states.push(s), OFFICE_READY_TIMEOUT_MS, timers);
    expect(states).toEqual(["outside"]);
    expect(pending.size).toBe(0);
  });

  it("Office answering with Excel: excel, and the timeout is cleared", async () => {
    const o = office();
    g.Excel = { run: async () => undefined };
    const { timers, pending } = manualTimers();
    const states: HostState[] = [];
    watchHost((s) => states.push(s), OFFICE_READY_TIMEOUT_MS, timers);
    expect(pending.size).toBe(1);
    expect([...pending.values()][0].delayMs).toBe(OFFICE_READY_TIMEOUT_MS);
    o.answer("Excel");
    await flush();
    expect(states).toEqual(["excel"]);
    expect(pending.size).toBe(0);
  });

  it("Office silent: « unresponsive » at the timeout, then the real state if it answers late", async () => {
    const o = office();
    const { timers, fireAll } = manualTimers();
    const states: HostState[] = [];
    watchHost((s) => states.push(s), OFFICE_READY_TIMEOUT_MS, timers);
    await flush();
    expect(states).toEqual([]);
    fireAll();
    expect(states).toEqual(["unresponsive"]);
    o.answer(null);
    await flush();
    expect(states).toEqual(["unresponsive", "outside"]);
  });

  it("onReady throwing or rejecting: outside Excel, never stuck", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.reject(new Error("MicrosoftAjax.js is not loaded successfully")) };
    const states: HostState[] = [];
    watchHost((s) => states.push(s), OFFICE_READY_TIMEOUT_MS, manualTimers().timers);
    await flush();
    expect(states).toEqual(["outside"]);
    g.Office = {
      HostType: { Excel: "Excel" },
      onReady: () => {
        throw new Error("office.js cassé");
      },
    };
    watchHost((s) => states.push(s), OFFICE_READY_TIMEOUT_MS, manualTimers().timers);
    expect(states).toEqual(["outside", "outside"]);
  });
});
