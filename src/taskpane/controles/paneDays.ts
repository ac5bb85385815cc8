/**
 * The new day for the Contrôles (« En retard » after midnight without an edit, src/excel/events.ts):
 * the custom functions' DayClock class — one timer to the next local midnight, re-armed, idle while
 * nobody listens — rather than a second clock of our own.
 */
import type { DaySource } from "../../excel";
import { DayClock } from "../../functions/dayClock";

const clock = new DayClock();

export const paneDays: DaySource = (listener) => clock.subscribe(() => listener());
