/**
 * The BUILT custom functions (dist/functions.js, production build) loaded the way Excel loads
 * them: in a fresh JavaScript context whose only Office global is a CustomFunctions stand-in.
 * Every id of dist/functions.json must be associated (else #NAME? in Excel), and nothing else.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { BUILD_TIMEOUT_MS, ensureProductionBuild } from "../support/build";
import { StandInError, createCustomFunctionsStandIn, createStreamingInvocation } from "./standIn";

interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
    options?: { stream?: boolean };
  }[];
}

/**
 * A page's global object: functions.js runs in the task pane's page (manifest SharedRuntime), where
 * `self` is the global object, as webpack's web target expects (its chunk-loading global is
 * `self.webpackChunk…`: with target es2019, output.globalObject defaults to "self").
 */
function browserGlobal(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext(globals);
  vm.runInContext("globalThis.self = globalThis;", context);
  return context;
}

let metadata: FunctionsMetadata;
let associated: Map<string, (...args: unknown[]) => unknown>;
let timersStarted = 0;
let DIST = "";

beforeAll(async () => {
  const dist = (DIST = await ensureProductionBuild());
  metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  const standIn = createCustomFunctionsStandIn();
  const context = browserGlobal({
    CustomFunctions: standIn.global,
    console,
    setTimeout: (...args: Parameters<typeof setTimeout>) => {
      timersStarted++;
      return setTimeout(...args).unref();
    },
    clearTimeout,
  });
  vm.runInContext(fs.readFileSync(path.join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
  associated = standIn.associated;
}, BUILD_TIMEOUT_MS);

describe("dist/functions.js ↔ dist/functions.json", () => {
  test("outside Excel (no CustomFunctions global) the bundle loads without error and starts no timer", () => {
    let started = 0;
    const context = browserGlobal({ console, setTimeout: () => started++, clearTimeout });
    expect(() => vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context)).not.toThrow();
    expect(started).toBe(0);
  });

  test("every id of the metadata is associated with a function, and every associated id is in the metadata", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect([...associated.keys()].sort()).toEqual(ids);
    for (const id of ids) expect(typeof associated.get(id)).toBe("function");
  });

  test("seven functions: ACI, TAILLE, TOTAL, ECHEANCE, RETARD, EQUILIBRE, ATTEINTE, named as their ids (CPTS. comes from the manifest)", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(["ACI", "TAILLE", "TOTAL", "ECHEANCE", "RETARD", "EQUILIBRE", "ATTEINTE"]);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("descriptions and parameter help are French", () => {
    const french = /[éèàçê]|\b(de|la|le|les|du|des|ou|une?|d'|par)\b/i;
    for (const f of metadata.functions) {
      expect(f.description).toMatch(french);
      for (const p of f.parameters) expect(p.description).toMatch(french);
    }
  });

  test("optional parameters and streaming as the functions guide says", () => {
    const optional = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.filter((p) => p.optional).map((p) => p.name)]));
    expect(optional).toEqual({
      ACI: ["volet", "version"],
      TAILLE: [],
      TOTAL: ["taux", "version"],
      ECHEANCE: ["jalon"],
      RETARD: ["date_ref"],
      EQUILIBRE: ["tolerance"],
      ATTEINTE: ["paliers"],
    });
    expect(metadata.functions.find((f) => f.id === "ATTEINTE")!.parameters.map((p) => p.name)).toEqual(["depart", "cible", "mesure", "paliers"]);
    expect(metadata.functions.filter((f) => f.options?.stream).map((f) => f.id)).toEqual(["RETARD"]);
    // The streaming invocation is Excel's, not a parameter the user types.
    expect(metadata.functions.find((f) => f.id === "RETARD")!.parameters.map((p) => p.name)).toEqual(["echeance", "avancement", "date_ref"]);
  });
});

describe("the associated functions compute through the stand-in", () => {
  const call = (id: string, ...args: unknown[]) => associated.get(id)!(...args);

  test('ACI(3;"parcours") = 90 000 (seed 004)', () => {
    expect(call("ACI", 3, "parcours", null, null)).toBe(90_000);
  });

  test("TAILLE, TOTAL, ECHEANCE, EQUILIBRE", () => {
    expect(call("TAILLE", 80_000)).toBe(3);
    // At 100 % (taux 1); an omitted taux is 0 %, the fixed parts only.
    expect(call("TOTAL", 4, [["acces"], ["parcours"], ["prevention"], ["qualite"], ["accompagnement"]], 1, null)).toBe(380_000);
    expect(call("TOTAL", 4, [["acces"], ["parcours"], ["prevention"], ["qualite"], ["accompagnement"]], null, null)).toBe(245_000);
    // 31/08/2025 + 6 months = 28/02/2026 = serial 46 081 (Excel).
    expect(call("ECHEANCE", "31/08/2025", "acces", "demarrage")).toBe(46_081);
    expect(call("EQUILIBRE", [[2250.5]], [[1000]], null)).toBe("Déficit de 1 250,50 €");
  });

  test("ATTEINTE: linear, with paliers (a matrix, as Excel hands a range), and its French #N/A", () => {
    expect(call("ATTEINTE", 40, 60, 50, null)).toBe(0.5);
    expect(
      call("ATTEINTE", 100, 80, 90, [
        [95, 0.3],
        [85, 0.6],
        [80, 1],
      ]),
    ).toBe(0.3);
    expect(call("ATTEINTE", 40, 60, "", null)).toMatchObject({ code: "#N/A", message: "Mesure manquante : l'indicateur n'a pas encore été mesuré" });
  });

  test("bad input returns CustomFunctions.Error with the French message (never throws)", () => {
    const error = call("ACI", 5, "parcours", null, null);
    expect(error).toBeInstanceOf(StandInError);
    expect(error).toMatchObject({ code: "#VALUE!", message: "Taille attendue : 1, 2, 3 ou 4 (reçu : 5)" });
    expect(call("ECHEANCE", "31/08/2025", "qualite", null)).toMatchObject({ code: "#N/A" });
  });

  test("RETARD streams: with a date_ref one result, no timer", () => {
    const { invocation, results } = createStreamingInvocation();
    const before = timersStarted;
    call("RETARD", "14/03/2025", "En cours", "15/03/2025", invocation);
    expect(results).toEqual(["En retard de 1 j"]);
    expect(timersStarted).toBe(before);
  });

  test("RETARD without date_ref: live cells share one timer, released when they are cancelled", () => {
    const before = timersStarted;
    const cells = Array.from({ length: 50 }, () => createStreamingInvocation());
    cells.forEach(({ invocation }) => call("RETARD", null, "En cours", null, invocation));
    expect(cells.every(({ results }) => results.length === 1 && results[0] === "Échéance à fixer")).toBe(true);
    expect(timersStarted - before).toBe(1);
    cells.forEach(({ invocation }) => invocation.onCanceled!());
  });
});
