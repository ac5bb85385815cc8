/**
 * CPTS.RETARD is live: without date_ref it follows one shared day clock.
 * Time is driven by a controllable clock; timers are counted, never waited for.
 */
import { serialFromDate } from "../../src/domain";
import { ClockEnvironment, DayClock, SYSTEM_CLOCK } from "../../src/functions/dayClock";
import { createStreamingRetard, toExcel } from "../../src/functions/excelAdapter";
import { StandInError, createCustomFunctionsStandIn, createStreamingInvocation } from "./standIn";

/** A clock whose time only moves when the test says so; fires due timers in order. */
class ControlledTime implements ClockEnvironment {
  private current: number;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  setCalls = 0;
  clearCalls = 0;

  constructor(start: Date) {
    this.current = start.getTime();
  }
  now = () => new Date(this.current);
  setTimer = (callback: () => void, delayMs: number) => {
    this.setCalls++;
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + delayMs, callback });
    return id;
  };
  clearTimer = (handle: unknown) => {
    this.clearCalls++;
    if (!this.timers.delete(handle as number)) throw new Error(`clearTimer: unknown timer ${String(handle)}`);
  };
  /** Moves time forward, firing every timer that falls due on the way. */
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
  /** Fires a pending timer now, whatever its due time (a host firing early). */
  fireEarly(): void {
    const [id, t] = [...this.timers.entries()][0];
    this.timers.delete(id);
    t.callback();
  }
}

const serialOf = (date: Date) => serialFromDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

let standIn: ReturnType<typeof createCustomFunctionsStandIn>;
beforeEach(() => {
  standIn = createCustomFunctionsStandIn();
  (globalThis as Record<string, unknown>).CustomFunctions = standIn.global;
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe("CPTS.RETARD streaming", () => {
  test("échéance today shows « Échéance aujourd'hui », then « En retard de 1 j » after midnight with no other input", () => {
    const noon = new Date(2025, 7, 31, 12, 0, 0);
    const time = new ControlledTime(noon);
    const retard = createStreamingRetard(new DayClock(time));
    const { invocation, results } = createStreamingInvocation();

    retard(serialOf(noon), "En cours", null, invocation);
    expect(results).toEqual(["Échéance aujourd'hui"]);

    time.advanceTo(new Date(2025, 7, 31, 23, 59, 59));
    expect(results).toEqual(["Échéance aujourd'hui"]);

    time.advanceTo(new Date(2025, 8, 1, 0, 0, 1));
    expect(results).toEqual(["Échéance aujourd'hui", "En retard de 1 j"]);

    time.advanceTo(new Date(2025, 8, 2, 8, 0, 0));
    expect(results).toEqual(["Échéance aujourd'hui", "En retard de 1 j", "En retard de 2 j"]);
    expect(time.timers.size).toBe(1);
  });

  test("counts down « Échéance dans N j » day after day, one result per day", () => {
    const start = new Date(2025, 0, 1, 9, 0);
    const time = new ControlledTime(start);
    const retard = createStreamingRetard(new DayClock(time));
    const { invocation, results } = createStreamingInvocation();
    retard(serialOf(start) + 31, "", undefined, invocation);
    time.advanceTo(new Date(2025, 0, 4, 9, 0));
    expect(results).toEqual(["Dans les temps", "Échéance dans 30 j", "Échéance dans 29 j", "Échéance dans 28 j"]);
  });

  test("1 000 live invocations share ONE timer; cancelling them all clears it", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 12, 0));
    const clock = new DayClock(time);
    const retard = createStreamingRetard(clock);
    const invocations = Array.from({ length: 1000 }, () => createStreamingInvocation());
    invocations.forEach(({ invocation }, i) => retard(serialOf(time.now()) + i, "En cours", null, invocation));

    expect(time.setCalls).toBe(1);
    expect(time.timers.size).toBe(1);
    expect(clock.subscriberCount).toBe(1000);

    time.advanceTo(new Date(2025, 8, 1, 0, 0, 1));
    expect(time.setCalls).toBe(2); // re-armed once for the next midnight, not once per cell
    expect(invocations.every(({ results }) => results.length === 2)).toBe(true);
    expect(invocations[0].results[1]).toBe("En retard de 1 j");
    expect(invocations[1].results[1]).toBe("Échéance aujourd'hui");

    invocations.forEach(({ invocation }) => invocation.onCanceled!());
    expect(clock.subscriberCount).toBe(0);
    expect(clock.isRunning).toBe(false);
    expect(time.timers.size).toBe(0);
    expect(time.clearCalls).toBe(1);
  });

  test("with the real timers (SYSTEM_CLOCK): 1 000 invocations call setTimeout once, clearTimeout once when all are cancelled", () => {
    jest.useFakeTimers({ now: new Date(2025, 7, 31, 12, 0) });
    try {
      const setSpy = jest.spyOn(globalThis, "setTimeout");
      const clearSpy = jest.spyOn(globalThis, "clearTimeout");
      const clock = new DayClock(SYSTEM_CLOCK);
      const retard = createStreamingRetard(clock);
      const invocations = Array.from({ length: 1000 }, () => createStreamingInvocation());
      invocations.forEach(({ invocation }) => retard(serialOf(new Date()), "En cours", "", invocation));
      expect(setSpy).toHaveBeenCalledTimes(1);
      expect(jest.getTimerCount()).toBe(1);

      jest.advanceTimersByTime(12 * 3600 * 1000 + 1000);
      expect(invocations[0].results).toEqual(["Échéance aujourd'hui", "En retard de 1 j"]);
      expect(setSpy).toHaveBeenCalledTimes(2);

      invocations.forEach(({ invocation }) => invocation.onCanceled!());
      expect(clearSpy).toHaveBeenCalledTimes(1);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
      jest.restoreAllMocks();
    }
  });

  test("with a date_ref the status is set once and no timer is started", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 12, 0));
    const clock = new DayClock(time);
    const { invocation, results } = createStreamingInvocation();
    createStreamingRetard(clock)("14/03/2025", "En cours", "15/03/2025", invocation);
    expect(results).toEqual(["En retard de 1 j"]);
    expect(time.setCalls).toBe(0);
    expect(invocation.onCanceled).toBeUndefined();
  });

  test("invalid input gives the #VALUE! error once and does not subscribe", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 12, 0));
    const clock = new DayClock(time);
    const { invocation, results } = createStreamingInvocation();
    createStreamingRetard(clock)("bientôt", "En cours", null, invocation);
    expect(results).toHaveLength(1);
    expect(results[0]).toBeInstanceOf(StandInError);
    expect(results[0]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("Échéance attendue") });
    expect(clock.subscriberCount).toBe(0);
    expect(time.setCalls).toBe(0);
  });

  test("cancelling one of two invocations keeps the clock for the other; a cancel twice is harmless", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 12, 0));
    const clock = new DayClock(time);
    const retard = createStreamingRetard(clock);
    const a = createStreamingInvocation();
    const b = createStreamingInvocation();
    retard(serialOf(time.now()), "", null, a.invocation);
    retard(serialOf(time.now()), "", null, b.invocation);
    a.invocation.onCanceled!();
    a.invocation.onCanceled!();
    expect(clock.isRunning).toBe(true);
    time.advanceTo(new Date(2025, 8, 1, 0, 0, 1));
    expect(a.results).toEqual(["Échéance aujourd'hui"]);
    expect(b.results).toEqual(["Échéance aujourd'hui", "En retard de 1 j"]);
  });

  test("a timer fired before midnight notifies nobody and re-arms", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 23, 59, 59));
    const clock = new DayClock(time);
    const { invocation, results } = createStreamingInvocation();
    createStreamingRetard(clock)(serialOf(time.now()), "", null, invocation);
    time.fireEarly();
    expect(results).toEqual(["Échéance aujourd'hui"]);
    expect(time.timers.size).toBe(1);
    time.advanceTo(new Date(2025, 8, 1, 0, 0, 0));
    expect(results).toEqual(["Échéance aujourd'hui", "En retard de 1 j"]);
  });

  test("after every cell is gone, a new cell starts the clock again", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 12, 0));
    const clock = new DayClock(time);
    const unsubscribe = clock.subscribe(() => undefined);
    unsubscribe();
    expect(clock.isRunning).toBe(false);
    clock.subscribe(() => undefined);
    expect(clock.isRunning).toBe(true);
    expect(time.setCalls).toBe(2);
  });

  test("the timer aims at the next local midnight", () => {
    const time = new ControlledTime(new Date(2025, 7, 31, 18, 30));
    new DayClock(time).subscribe(() => undefined);
    const [timer] = [...time.timers.values()];
    expect(timer.at).toBe(new Date(2025, 8, 1, 0, 0, 0).getTime());
  });
});

describe("toExcel", () => {
  test("values pass through; error values become CustomFunctions.Error with the French message", () => {
    expect(toExcel(90_000)).toBe(90_000);
    expect(toExcel({ error: "#VALUE!", message: "Taille attendue : 1, 2, 3 ou 4 (reçu : 5)" })).toEqual(
      new StandInError("#VALUE!", "Taille attendue : 1, 2, 3 ou 4 (reçu : 5)"),
    );
    expect(toExcel({ error: "#N/A", message: "Pas d'échéance" })).toMatchObject({ code: "#N/A", message: "Pas d'échéance" });
  });
});
