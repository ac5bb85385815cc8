/** Reading and driving the task pane in a page, as a user does: by labels and visible text. */
import type { Page } from "playwright-core";

/** Visible text with every kind of space (no-break, narrow no-break) as a plain space. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

export async function totalShown(page: Page): Promise<string> {
  return plain(await page.getByTestId("financement-total").textContent());
}

export async function tailleShown(page: Page): Promise<string> {
  return plain(await page.getByTestId("taille-retenue").textContent());
}

/** A keyboard stop: the control's tag number (see tagControls), what it is, and whether its focus is shown. */
export interface FocusStop {
  id: string;
  description: string;
  focusVisible: boolean;
}

/**
 * Tags every visible, enabled control a keyboard user must reach with data-kb-id and returns
 * their descriptions (tag, type, label) by id.
 */
export async function tagControls(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const found: Record<string, string> = {};
    const controls = [...document.querySelectorAll<HTMLElement>("input, select, textarea, button, a[href], [tabindex]:not([tabindex='-1'])")];
    controls
      .filter((el) => !(el as HTMLInputElement).disabled && el.offsetParent !== null)
      .forEach((el, i) => {
        el.dataset.kbId = String(i);
        const labelled = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent;
        const kind = `${el.tagName.toLowerCase()}${el.getAttribute("type") ? `[${el.getAttribute("type")}]` : ""}`;
        found[String(i)] = `${kind} ${(labelled ?? "").replace(/\s+/g, " ").trim()}`;
      });
    return found;
  });
}

export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: "body", description: "body", focusVisible: false };
    return {
      id: el.dataset.kbId ?? `untagged ${el.tagName}`,
      description: `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim()}`,
      // Fluent marks keyboard focus with data-fui-focus-visible (buttons, links, checkboxes); inputs use :focus-visible.
      focusVisible: el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible"),
    };
  });
}

/** Every stop of a full cycle with Tab (or Shift+Tab), from the current focus round to it again. */
export async function tabCycle(page: Page, key: "Tab" | "Shift+Tab", max = 200): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    // A date input takes several Tabs (day, month, year): staying on it is not a cycle.
    if (stop.id === stops[stops.length - 1]?.id) continue;
    // Past the last control focus leaves the page (body), then comes back to the first one.
    if (stop.id === "body") continue;
    if (stops.some((s) => s.id === stop.id)) break;
    stops.push(stop);
  }
  return stops;
}

/**
 * Reads `read()` until `ok` holds or `timeoutMs` passes, and returns the last value read, for the
 * test's own expect() (a test waits on the page; the pane itself never polls).
 */
export async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
