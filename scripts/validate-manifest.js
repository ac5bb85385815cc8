#!/usr/bin/env node
/**
 * Offline structural check of the add-in manifest (`npm run validate`).
 *
 * Microsoft's `office-addin-manifest validate` calls a web service, which we cannot use here (no
 * network, and that package sends telemetry). This checks what breaks an add-in in practice: a
 * malformed file, a resid pointing nowhere, a shared runtime whose resid differs between the
 * Runtime, the functions Page and the task pane (Excel then starts two runtimes), missing custom
 * functions URLs, and a production manifest still pointing at localhost or at a host name reserved
 * for examples and tests (example.org, *.invalid…: what a build without ADDIN_PROD_URL used to ship).
 *
 * Usage: node scripts/validate-manifest.js [--prod] [manifest.xml ...]
 *   Without a file: checks manifest.xml, and dist/manifest.xml as a production manifest when it
 *   exists (always with --prod: then a missing dist/manifest.xml is an error).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");
const { isReservedHost } = require("./manifest-transform");

// Limits of the Office manifest schema (ShortString / LongString resources, DisplayName, Description).
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
/**
 * Exactly what the code needs (docs/excel-requirement-sets.md, checked against the sources by
 * test/excel/requirementSets.test.ts): a higher version would hide the add-in from Excels that can run it.
 */
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.9" };
const NAMESPACE = "CPTS";

/** Parses into { name, attrs, children, text } nodes, namespace prefixes removed (bt:Image -> Image). */
function parseTree(xml) {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const toNode = (raw) => {
    const name = Object.keys(raw).find((k) => k !== ":@");
    const node = { name, attrs: raw[":@"] || {}, children: [], text: "" };
    for (const child of raw[name] || []) {
      if ("#text" in child) node.text += String(child["#text"]);
      else node.children.push(toNode(child));
    }
    return node;
  };
  const roots = parser.parse(xml).filter((raw) => !Object.keys(raw).some((k) => k.startsWith("?")));
  return roots.map(toNode);
}

const childrenNamed = (node, name) => (node ? node.children.filter((c) => c.name === name) : []);
const child = (node, name) => childrenNamed(node, name)[0];
const descendants = (node, predicate, out = []) => {
  for (const c of node.children) {
    if (predicate(c)) out.push(c);
    descendants(c, predicate, out);
  }
  return out;
};
/** A node's xsi:type (removeNSPrefix turns "xsi:type" into "type"). */
const typeOf = (node) => node && node.attrs.type;

function isHttpsUrl(value) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function compareVersions(a, b) {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Returns the list of errors (French), empty when the manifest is valid.
 * @param {string} xml the manifest text
 * @param {{ production?: boolean, distDir?: string }} [options]
 *   production: no localhost allowed anywhere; distDir: every URL under the add-in's base URL
 *   (the folder of taskpane.html) must be a file of that folder.
 */
function validateManifest(xml, options = {}) {
  const errors = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return [`XML mal formé (ligne ${line}, colonne ${col}) : ${msg}`];
  }
  const root = parseTree(xml).find((n) => n.name === "OfficeApp");
  if (!root) return ["Élément racine <OfficeApp> absent."];
  if (typeOf(root) !== "TaskPaneApp") errors.push(`<OfficeApp xsi:type> doit valoir TaskPaneApp (trouvé : ${typeOf(root)}).`);

  const text = (name) => (child(root, name) ? child(root, name).text : undefined);
  const defaultValue = (name) => (child(root, name) ? child(root, name).attrs.DefaultValue : undefined);

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id") || "")) {
    errors.push(`<Id> doit être un GUID (trouvé : ${text("Id")}).`);
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text("Version") || "")) errors.push(`<Version> doit avoir la forme 1.0.0.0 (trouvé : ${text("Version")}).`);
  if (text("DefaultLocale") !== "fr-FR") errors.push(`<DefaultLocale> doit valoir fr-FR (trouvé : ${text("DefaultLocale")}).`);
  if (text("Permissions") !== "ReadWriteDocument") {
    errors.push(`<Permissions> doit valoir ReadWriteDocument, le moindre privilège suffisant (trouvé : ${text("Permissions")}).`);
  }
  const displayName = defaultValue("DisplayName") || "";
  if (!displayName || displayName.length > SHORT_STRING_MAX) errors.push(`<DisplayName> absent ou trop long (max ${SHORT_STRING_MAX} caractères).`);
  const description = defaultValue("Description") || "";
  if (!description || description.length > LONG_STRING_MAX) errors.push(`<Description> absente ou trop longue (max ${LONG_STRING_MAX} caractères).`);
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    if (!isHttpsUrl(defaultValue(name))) errors.push(`<${name}> doit être une URL https:// (trouvé : ${defaultValue(name)}).`);
  }
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    if (!isHttpsUrl(domain.text) || domain.text.endsWith("/"))
      errors.push(`<AppDomain> doit être une origine https:// sans « / » final (trouvé : ${domain.text}).`);
  }
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (!hosts.includes("Workbook")) errors.push(`<Hosts> doit contenir <Host Name="Workbook"/> (trouvé : ${hosts.join(", ") || "aucun"}).`);

  const sets = new Map(childrenNamed(child(child(root, "Requirements"), "Sets"), "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    if (!sets.has(name)) errors.push(`Ensemble de conditions requis absent : <Set Name="${name}" MinVersion="${min}"/>.`);
    else if (compareVersions(sets.get(name) || "1.1", min) !== 0)
      errors.push(
        `${name} doit valoir ${min}, la version la plus récente que le code utilise (trouvé : ${sets.get(name)} ; voir docs/excel-requirement-sets.md).`,
      );
  }

  // Resources: id -> { kind, value }
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return errors.concat("<VersionOverrides> absent : ni ruban ni fonctions personnalisées.");
  const resources = new Map();
  const resourcesNode = child(overrides, "Resources");
  for (const [group, item, max] of [
    ["Images", "Image", Infinity],
    ["Urls", "Url", Infinity],
    ["ShortStrings", "String", SHORT_STRING_MAX],
    ["LongStrings", "String", LONG_STRING_MAX],
  ]) {
    for (const res of childrenNamed(child(resourcesNode, group), item)) {
      const { id, DefaultValue: value } = res.attrs;
      if (resources.has(id)) errors.push(`Ressource définie deux fois : ${id}.`);
      resources.set(id, { kind: group, value });
      if (value === undefined || value === "") errors.push(`Ressource ${id} sans DefaultValue.`);
      else if (value.length > max) errors.push(`Ressource ${id} trop longue (${value.length} > ${max} caractères).`);
      if ((group === "Images" || group === "Urls") && !isHttpsUrl(value)) errors.push(`Ressource ${id} : URL https:// attendue (trouvé : ${value}).`);
    }
  }
  for (const node of descendants(overrides, (n) => n.attrs.resid !== undefined)) {
    if (!resources.has(node.attrs.resid)) errors.push(`<${node.name} resid="${node.attrs.resid}"> : resid non défini dans <Resources>.`);
  }
  const urlOf = (resid) => (resources.get(resid) || {}).value;

  const workbook = childrenNamed(child(overrides, "Hosts"), "Host").find((h) => typeOf(h) === "Workbook");
  if (!workbook) return errors.concat(`<VersionOverrides> : <Host xsi:type="Workbook"> absent.`);

  // Shared runtime: one Runtime, and the same resid everywhere the page is referenced.
  const runtimes = childrenNamed(child(workbook, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) errors.push(`<Runtimes> doit contenir exactement un <Runtime> (trouvé : ${runtimes.length}).`);
  const runtime = runtimes[0];
  const runtimeResid = runtime && runtime.attrs.resid;
  if (runtime && runtime.attrs.lifetime !== "long") errors.push(`<Runtime lifetime> doit valoir "long" (runtime partagé).`);

  const extensionPoints = descendants(workbook, (n) => n.name === "ExtensionPoint");
  const functionsPoint = extensionPoints.find((n) => typeOf(n) === "CustomFunctions");
  if (!functionsPoint) {
    errors.push(`<ExtensionPoint xsi:type="CustomFunctions"> absent.`);
  } else {
    for (const [part, extension] of [
      ["Script", ".js"],
      ["Page", ".html"],
      ["Metadata", ".json"],
    ]) {
      const location = child(child(functionsPoint, part), "SourceLocation");
      const url = location && urlOf(location.attrs.resid);
      if (!url) errors.push(`Fonctions personnalisées : <${part}><SourceLocation resid> absent ou non défini.`);
      else if (!new URL(url).pathname.endsWith(extension))
        errors.push(`Fonctions personnalisées : l'URL de <${part}> doit finir par ${extension} (trouvé : ${url}).`);
      if (part === "Page" && location && location.attrs.resid !== runtimeResid) {
        errors.push(`Runtime partagé : <Page> utilise resid="${location.attrs.resid}" au lieu de "${runtimeResid}" (celui de <Runtime>).`);
      }
    }
    const namespace = child(functionsPoint, "Namespace");
    const namespaceValue = namespace && urlOf(namespace.attrs.resid);
    if (namespaceValue !== NAMESPACE) errors.push(`Espace de noms des fonctions : "${NAMESPACE}" attendu (trouvé : ${namespaceValue}).`);
  }

  const functionFile = descendants(workbook, (n) => n.name === "FunctionFile")[0];
  if (functionFile && functionFile.attrs.resid !== runtimeResid) {
    errors.push(`Runtime partagé : <FunctionFile> utilise resid="${functionFile.attrs.resid}" au lieu de "${runtimeResid}".`);
  }
  const showTaskpanes = descendants(workbook, (n) => n.name === "Action" && typeOf(n) === "ShowTaskpane");
  const homeTab = descendants(workbook, (n) => n.name === "OfficeTab" && n.attrs.id === "TabHome")[0];
  if (!homeTab || !descendants(homeTab, (n) => n.name === "Action" && typeOf(n) === "ShowTaskpane").length) {
    errors.push(`Ruban : aucun bouton ShowTaskpane dans l'onglet Accueil (<OfficeTab id="TabHome">).`);
  }
  for (const action of showTaskpanes) {
    const location = child(action, "SourceLocation");
    if (!location || location.attrs.resid !== runtimeResid) {
      errors.push(`Runtime partagé : l'action ShowTaskpane doit utiliser resid="${runtimeResid}" (trouvé : ${location && location.attrs.resid}).`);
    }
  }
  const sourceLocation = child(child(root, "DefaultSettings"), "SourceLocation");
  const defaultUrl = sourceLocation && sourceLocation.attrs.DefaultValue;
  if (!defaultUrl) errors.push(`<DefaultSettings><SourceLocation DefaultValue> absent.`);
  else if (urlOf(runtimeResid) && defaultUrl !== urlOf(runtimeResid)) {
    errors.push(`<DefaultSettings><SourceLocation> (${defaultUrl}) diffère de l'URL du runtime ${runtimeResid} (${urlOf(runtimeResid)}).`);
  }

  if (options.production) {
    xml.split(/\r?\n/).forEach((line, i) => {
      if (/localhost|127\.0\.0\.1/i.test(line)) errors.push(`Manifeste de production : « localhost » reste à la ligne ${i + 1} : ${line.trim()}`);
    });
    const runtimeUrl = runtimeResid && urlOf(runtimeResid);
    if (!options.allowReservedHost && runtimeUrl && isHttpsUrl(runtimeUrl) && !/localhost/i.test(runtimeUrl) && isReservedHost(runtimeUrl)) {
      errors.push(
        `Manifeste de production : l'hôte « ${new URL(runtimeUrl).hostname} » est un nom réservé (exemples, tests), où aucun complément n'est hébergé : ` +
          `reconstruisez avec ADDIN_PROD_URL=https://… npm run build avant de distribuer ce manifeste.`,
      );
    }
  }

  if (options.distDir && runtimeResid && urlOf(runtimeResid)) {
    // Every URL under the add-in's base (the folder of the runtime page) must be a built file.
    const base = new URL(".", urlOf(runtimeResid)).href;
    const urls = new Set(
      [...resources.values()]
        .filter((r) => r.kind === "Images" || r.kind === "Urls")
        .map((r) => r.value)
        .concat(["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(defaultValue), defaultUrl),
    );
    for (const url of urls) {
      if (!url || !url.startsWith(base)) continue;
      const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
      if (!relative || !fs.existsSync(path.join(options.distDir, relative))) {
        errors.push(`${url} : fichier ${relative || "(dossier)"} absent de ${options.distDir}.`);
      }
    }
  }
  return errors;
}

/** Reads and validates one file; returns its errors (a missing file is an error). */
function validateManifestFile(file, options = {}) {
  if (!fs.existsSync(file)) return [`${file} : fichier introuvable.`];
  return validateManifest(fs.readFileSync(file, "utf8"), options);
}

function main(argv) {
  const root = path.resolve(__dirname, "..");
  const production = argv.includes("--prod");
  const files = argv.filter((a) => !a.startsWith("--"));
  const targets = files.length
    ? files.map((f) => ({ file: path.resolve(f), production, distDir: production ? path.dirname(path.resolve(f)) : undefined }))
    : [{ file: path.join(root, "manifest.xml"), production: false }];
  const distManifest = path.join(root, "dist", "manifest.xml");
  if (!files.length && (production || fs.existsSync(distManifest))) {
    targets.push({ file: distManifest, production: true, distDir: path.dirname(distManifest) });
  }
  let failed = false;
  for (const { file, ...options } of targets) {
    const errors = validateManifestFile(file, options);
    const label = path.relative(process.cwd(), file) + (options.production ? " (production)" : "");
    if (errors.length) {
      failed = true;
      console.error(`✗ ${label} : ${errors.length} erreur(s)`);
      for (const e of errors) console.error(`  - ${e}`);
    } else {
      console.log(`✓ ${label} : valide`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, validateManifestFile, parseTree, REQUIRED_SETS };
