/**
 * One clock for every live CPTS.RETARD cell: a single timer to the next local midnight,
 * re-armed after each tick, that tells its subscribers today's new Excel serial. Thousands of
 * cells therefore cost one timer, and none at all when no cell listens.
 */
import { todaySerial } from "../domain";

/** What the clock needs from its host; injected so tests drive time and count timers. */
export interface ClockEnvironment {
  now(): Date;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export const SYSTEM_CLOCK: ClockEnvironment = {
  now: () => new Date(),
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type DayListener = (today: number) => void;

export class DayClock {
  // One entry per subscription, so the same listener subscribed twice is two subscriptions.
  private readonly subscriptions = new Set<{ listener: DayListener }>();
  private timer: { handle: unknown } | null = null;
  private lastDay = 0;

  constructor(private readonly env: ClockEnvironment = SYSTEM_CLOCK) {}

  /** Today's serial in local time, as Excel's TODAY(). */
  today(): number {
    return todaySerial(this.env.now());
  }

  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  get isRunning(): boolean {
    return this.timer !== null;
  }

  /** Calls `listener` with the new today at each local midnight; returns the unsubscribe function. */
  subscribe(listener: DayListener): () => void {
    const subscription = { listener };
    this.subscriptions.add(subscription);
    if (!this.timer) this.arm();
    return () => {
      if (!this.subscriptions.delete(subscription)) return;
      if (this.subscriptions.size === 0) this.disarm();
    };
  }

  private arm(): void {
    const now = this.env.now();
    this.lastDay = todaySerial(now);
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const delay = Math.max(0, nextMidnight.getTime() - now.getTime());
    this.timer = { handle: this.env.setTimer(() => this.tick(), delay) };
  }

  private disarm(): void {
    if (this.timer) this.env.clearTimer(this.timer.handle);
    this.timer = null;
  }

  private tick(): void {
    this.timer = null;
    const previous = this.lastDay;
    // Re-armed before notifying: a timer that fired early just waits for midnight again.
    this.arm();
    if (this.lastDay === previous) return;
    for (const s of [...this.subscriptions]) s.listener(this.lastDay);
  }
}
