/**
 * src/functions/functions.ts is loaded by the task pane page too, and by Node in tests: without a
 * CustomFunctions global it must load quietly, register nothing and start no timer.
 */
import { createCustomFunctionsStandIn } from "./standIn";

type Entry = typeof import("../../src/functions/functions");

function loadEntry(): Entry {
  let entry: Entry | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules needs a synchronous require to load a fresh copy of the entry
    entry = require("../../src/functions/functions");
  });
  return entry!;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  jest.restoreAllMocks();
});

test("without CustomFunctions: loads, starts no timer, and the functions still compute", () => {
  expect(typeof (globalThis as Record<string, unknown>).CustomFunctions).toBe("undefined");
  const setTimeoutSpy = jest.spyOn(globalThis, "setTimeout");
  const entry = loadEntry();
  expect(setTimeoutSpy).not.toHaveBeenCalled();
  expect(entry.aciFunction(3, "parcours")).toBe(90_000);
  expect(entry.tailleFunction(175_001)).toBe(4);
  expect(entry.atteinteFunction(40, 60, 50)).toBe(0.5);
});

test("with CustomFunctions: the seven ids are associated once each, at load", () => {
  const standIn = createCustomFunctionsStandIn();
  (globalThis as Record<string, unknown>).CustomFunctions = standIn.global;
  const entry = loadEntry();
  expect([...standIn.associated.keys()]).toEqual(["ACI", "TAILLE", "TOTAL", "ECHEANCE", "RETARD", "EQUILIBRE", "ATTEINTE"]);
  expect(standIn.associated.get("ACI")).toBe(entry.aciFunction);
  expect(standIn.associated.get("RETARD")).toBe(entry.retardFunction);
  expect(standIn.associated.get("ATTEINTE")).toBe(entry.atteinteFunction);
});
