/**
 * manifest.xml, its production transform (scripts/manifest-transform.js) and the offline
 * validator (scripts/validate-manifest.js, `npm run validate`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEV_BASE_URL, TEST_PROD_BASE_URL, isReservedHost, normalizeBaseUrl, productionBaseUrl, transformManifest } from "../scripts/manifest-transform";
import { validateManifest, validateManifestFile } from "../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PROD = "https://outils.ma-cpts.fr/complement/";

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** Replaces exactly one occurrence, failing the test if the fragment is not there. */
function edit(xml: string, from: string, to: string): string {
  expect(count(xml, from)).toBe(1);
  return xml.replace(from, to);
}

describe("manifest.xml (développement)", () => {
  test("passe le validateur", () => {
    expect(validateManifestFile(path.join(ROOT, "manifest.xml"))).toEqual([]);
  });

  test("runtime partagé : un seul resid pour Runtime, Page, FunctionFile et ShowTaskpane", () => {
    expect(MANIFEST).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(count(MANIFEST, 'resid="Taskpane.Url"')).toBe(4);
    expect(MANIFEST).toContain('<bt:String id="Functions.Namespace" DefaultValue="CPTS"/>');
  });

  test("toutes ses URL visent le serveur de développement", () => {
    const urls = MANIFEST.match(/https:\/\/[^"<\s]+/g) ?? [];
    const addinUrls = urls.filter((u) => !u.startsWith("https://localhost:3000"));
    expect(addinUrls).toEqual([]);
    expect(count(MANIFEST, DEV_BASE_URL)).toBeGreaterThanOrEqual(10);
  });

  test("vu comme manifeste de production, localhost est une erreur", () => {
    const errors = validateManifest(MANIFEST, { production: true });
    const linesWithLocalhost = MANIFEST.split(/\r?\n/).filter((line) => line.includes("localhost"));
    expect(linesWithLocalhost.length).toBeGreaterThanOrEqual(10);
    expect(errors.length).toBe(linesWithLocalhost.length);
    expect(errors.every((e) => e.includes("localhost"))).toBe(true);
  });
});

describe("transformManifest (manifeste de production)", () => {
  const prod = transformManifest(MANIFEST, PROD);

  test("remplace chaque URL de développement, pas seulement la première", () => {
    const devUrls = count(MANIFEST, DEV_BASE_URL);
    expect(count(prod, DEV_BASE_URL)).toBe(0);
    expect(count(prod, PROD)).toBe(devUrls);
    expect(prod).not.toMatch(/localhost/i);
  });

  test("l'AppDomain devient l'origine de production (sans chemin)", () => {
    expect(prod).toContain("<AppDomain>https://outils.ma-cpts.fr</AppDomain>");
  });

  test("ne change rien d'autre que les URL", () => {
    const back = prod.split(PROD).join(DEV_BASE_URL).split("https://outils.ma-cpts.fr").join("https://localhost:3000");
    expect(back).toBe(MANIFEST);
  });

  test("le résultat passe le validateur en mode production", () => {
    expect(validateManifest(prod, { production: true })).toEqual([]);
  });

  test("l'URL de production sans « / » final est normalisée", () => {
    expect(transformManifest(MANIFEST, "https://outils.ma-cpts.fr/complement")).toBe(prod);
  });

  test("la transformation du modèle Microsoft (première URL seulement) serait refusée", () => {
    const firstOnly = MANIFEST.replace(DEV_BASE_URL, PROD);
    const errors = validateManifest(firstOnly, { production: true });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(/localhost/);
  });
});

describe("ADDIN_PROD_URL", () => {
  test("n'a pas de valeur par défaut : absente, la construction de production est refusée avec un message clair", () => {
    expect(() => productionBaseUrl({})).toThrow(/ADDIN_PROD_URL n'est pas défini.*ADDIN_PROD_URL=https:\/\/.* npm run build/);
    expect(() => productionBaseUrl({ ADDIN_PROD_URL: "" })).toThrow(/ADDIN_PROD_URL n'est pas défini/);
  });

  test("les noms réservés aux exemples et aux tests sont reconnus (RFC 2606, RFC 6761)", () => {
    for (const url of [TEST_PROD_BASE_URL, "https://cpts-addin.example.org/", "https://example.com/x/", "https://a.b.test/", "https://site.example/"])
      expect(isReservedHost(url)).toBe(true);
    for (const url of [PROD, "https://examples.org/", "https://cpts.testing.fr/", "https://invalid.fr/"]) expect(isReservedHost(url)).toBe(false);
  });

  test("un manifeste de production sur un nom réservé est refusé, sauf pour la construction des tests", () => {
    const placeholder = transformManifest(MANIFEST, "https://cpts-addin.example.org/");
    expect(validateManifest(placeholder, { production: true }).join("\n")).toMatch(/« cpts-addin\.example\.org » est un nom réservé.*ADDIN_PROD_URL=/);
    const testBuild = transformManifest(MANIFEST, TEST_PROD_BASE_URL);
    expect(validateManifest(testBuild, { production: true })).toHaveLength(1);
    expect(validateManifest(testBuild, { production: true, allowReservedHost: true })).toEqual([]);
    expect(validateManifest(transformManifest(MANIFEST, PROD), { production: true })).toEqual([]);
  });

  test("est lue dans l'environnement et normalisée", () => {
    expect(productionBaseUrl({ ADDIN_PROD_URL: "https://outils.cpts.fr/excel" })).toBe("https://outils.cpts.fr/excel/");
  });

  test("refuse http:// et les URL avec requête ou fragment", () => {
    expect(() => normalizeBaseUrl("http://outils.cpts.fr/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("https://outils.cpts.fr/?v=1")).toThrow();
    expect(() => normalizeBaseUrl("pas une url")).toThrow();
  });
});

describe("le validateur détecte", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    [
      "une ressource supprimée (resid non défini)",
      (x) => edit(x, '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"/>', ""),
      /resid="Functions\.Metadata\.Url".*non défini/,
    ],
    [
      "un resid de Runtime différent de celui de la page des fonctions",
      (x) =>
        edit(
          edit(x, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Other.Url"'),
          "<bt:Urls>",
          '<bt:Urls><bt:Url id="Other.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
        ),
      /Runtime partagé : <Page> utilise resid="Taskpane\.Url" au lieu de "Other\.Url"/,
    ],
    ["un runtime qui n'est pas « long »", (x) => edit(x, 'lifetime="long"', 'lifetime="short"'), /lifetime/],
    [
      "l'URL du script des fonctions absente",
      (x) => edit(x, '<Script>\n              <SourceLocation resid="Functions.Script.Url"/>\n            </Script>', ""),
      /<Script><SourceLocation resid> absent/,
    ],
    [
      "un espace de noms autre que CPTS",
      (x) => edit(x, '<bt:String id="Functions.Namespace" DefaultValue="CPTS"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'),
      /"CPTS" attendu \(trouvé : CONTOSO\)/,
    ],
    ["une autre langue par défaut", (x) => edit(x, "<DefaultLocale>fr-FR</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /fr-FR/],
    [
      "une permission plus large que ReadWriteDocument",
      (x) => edit(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /ReadWriteDocument/,
    ],
    [
      "une ressource définie deux fois",
      (x) => edit(x, "<bt:Images>", '<bt:Images><bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>'),
      /définie deux fois : Icon\.16x16/,
    ],
    ["un XML mal formé", (x) => edit(x, "</OfficeApp>", ""), /XML mal formé/],
    [
      "ExcelApi exigé plus haut que ce que le code utilise (le complément disparaîtrait des Excel qui peuvent l'exécuter)",
      (x) => edit(x, '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.12"/>'),
      /ExcelApi doit valoir 1\.9/,
    ],
    [
      "ExcelApi exigé plus bas que ce que le code utilise",
      (x) => edit(x, '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>'),
      /ExcelApi doit valoir 1\.9/,
    ],
    ["une exigence SharedRuntime absente", (x) => edit(x, '<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime/],
    [
      "un bouton du ruban qui ouvre une autre page que le runtime",
      (x) =>
        edit(
          x,
          '<TaskpaneId>CptsTaskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
          '<TaskpaneId>CptsTaskpane</TaskpaneId>\n                    <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
        ),
      /ShowTaskpane doit utiliser resid="Taskpane\.Url"/,
    ],
  ];
  test.each(cases)("%s", (_label, mutate, expected) => {
    const errors = validateManifest(mutate(MANIFEST));
    expect(errors.join("\n")).toMatch(expected);
  });

  test("les fichiers manquants dans le dossier de build", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "cpts-dist-"));
    const errors = validateManifest(transformManifest(MANIFEST, PROD), { production: true, distDir: empty });
    for (const file of ["functions.js", "functions.json", "taskpane.html", "assets/icon-80.png"]) {
      expect(errors.join("\n")).toContain(`fichier ${file} absent`);
    }
    fs.rmSync(empty, { recursive: true });
  });
});

describe("npm run validate (ligne de commande)", () => {
  const cli = path.join(ROOT, "scripts", "validate-manifest.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

  test("code 0 sur le manifeste de développement", () => {
    const result = run(path.join(ROOT, "manifest.xml"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("code 1 (npm run validate -- --prod) sur un manifeste de production au nom réservé", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpts-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, transformManifest(MANIFEST, TEST_PROD_BASE_URL));
    const result = run("--prod", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cpts-addin\.invalid » est un nom réservé/);
    fs.rmSync(dir, { recursive: true });
  });

  test("code 1 et message quand localhost reste dans un manifeste de production", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpts-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, MANIFEST);
    const result = run("--prod", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/localhost/);
    fs.rmSync(dir, { recursive: true });
  });
});
