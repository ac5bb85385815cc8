/**
 * The pane's watch on the workbook (src/excel/events.ts): edits, calculations and the change of day,
 * handlers removed as the events guide documents. Time is a controllable clock (DayClock's
 * environment plus Date.now, which HyperFormula's TODAY() reads); timers are fired, never waited for.
 */
import { ELABORATION_ROWS, serialFromDate } from "../../src/domain";
import { createWorkbookApi } from "../../src/excel";
import { onWorkbookChanged, recalculate } from "../../src/excel/events";
import { ClockEnvironment, DayClock } from "../../src/functions/dayClock";
import { WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { rowsByKey } from "./userData";

/** Time that moves only when the test says so; due timers fire on the way. */
class ControlledTime implements ClockEnvironment {
  private current: number;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start: Date) {
    this.current = start.getTime();
  }
  now = () => new Date(this.current);
  setTimer = (callback: () => void, delayMs: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + delayMs, callback });
    return id;
  };
  clearTimer = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  advanceTo(date: Date): void {
    const target = date.getTime();
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.current = Math.max(this.current, due[1].at);
      due[1].callback();
    }
    this.current = target;
  }
}

/** A DaySource on the shared DayClock class, driven by the test's time. */
const daysOf = (time: ControlledTime) => {
  const clock = new DayClock(time);
  return (listener: () => void) => clock.subscribe(() => listener());
};

/** Resolves at the n-th call of the returned callback. */
function counter() {
  let calls = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const callback = () => {
    calls++;
    for (const w of waiters.filter((w) => w.n <= calls)) w.resolve();
  };
  return {
    callback,
    get calls() {
      return calls;
    },
    reached: (n: number) => new Promise<void>((resolve) => (calls >= n ? resolve() : waiters.push({ n, resolve }))),
  };
}

afterEach(() => jest.restoreAllMocks());

describe("onWorkbookChanged: edits, calculations, removal", () => {
  it("calls back on an edit and on a calculation, and not after it is removed inside Excel.run on its context", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    const time = new ControlledTime(new Date(2026, 2, 2, 10, 0));
    const seen = counter();
    const stop = await onWorkbookChanged(seen.callback, double.run, daysOf(time));
    double.type("S", "B3", 5);
    await double.flushEvents();
    expect(seen.calls).toBe(1);
    // A recalculation raises onCalculated (one sheet: one event), not onChanged.
    await recalculate(double.run);
    await double.flushEvents();
    expect(seen.calls).toBe(2);
    await stop();
    expect(time.timers.size).toBe(0);
    double.type("S", "B4", 5);
    await recalculate(double.run);
    await double.flushEvents();
    expect(seen.calls).toBe(2);
  });

  it("the double refuses the old removal (a sync on the handler's context after its Excel.run ended)", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    const registration = await double.run(async (context) => {
      const r = context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
      return r;
    });
    registration.remove();
    await expect(registration.context.sync()).rejects.toThrow(/after its Excel.run ended/);
    await double.run(registration.context, async (context) => context.sync());
  });
});

describe("the Contrôles after midnight, without an edit", () => {
  const D = new Date(2026, 2, 2, 22, 0);
  const nextDay = new Date(2026, 2, 3, 0, 0, 5);
  const chantier = ELABORATION_ROWS[0].chantier;

  /** A roadmap whose first chantier is due on day D; the date of reference left to TODAY(). */
  async function roadmapDueOn(time: ControlledTime) {
    jest.spyOn(Date, "now").mockImplementation(() => time.now().getTime());
    const double = newWorkbook();
    // As the pane's gateway is built (excelGateway.ts): the Office layer with a new-day signal.
    const api = createWorkbookApi(double.run, daysOf(time));
    await api.generateWorkbook(choicesFor({ dateReference: null }));
    const row = rowsByKey(double, "FdR Élaboration").get(`elab:${ELABORATION_ROWS[0].key}`)!;
    double.type("FdR Élaboration", `F${row}`, serialFromDate({ year: 2026, month: 3, day: 2 }));
    const late = async () => (await api.readControls()).filter((c) => c.kind === "retard" && c.message.startsWith(`${chantier} : `)).map((c) => c.message);
    return { api, late };
  }

  it("shows « En retard de 1 j » once the day clock passes midnight", async () => {
    const time = new ControlledTime(D);
    const { api, late } = await roadmapDueOn(time);
    expect(await late()).toEqual([]);
    const seen = counter();
    const stop = await api.onWorkbookChanged(seen.callback);
    // 22:00 → 00:00:05: the clock's one timer fires at midnight; no cell is edited.
    time.advanceTo(nextDay);
    await seen.reached(1);
    expect(await late()).toEqual([`${chantier} : En retard de 1 j`]);
    await stop();
    expect(time.timers.size).toBe(0);
  });

  it("stays stale without the day clock: Excel does not recalculate TODAY() on its own", async () => {
    const time = new ControlledTime(D);
    // Nobody subscribed: the day clock is idle, as before this change (onChanged only).
    const { late } = await roadmapDueOn(time);
    time.advanceTo(nextDay);
    expect(await late()).toEqual([]);
  });
});
