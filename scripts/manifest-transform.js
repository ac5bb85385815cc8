/**
 * Rewrites the development manifest for production: every development URL becomes the production
 * one. Microsoft's custom-functions template rewrote only the FIRST occurrence (String.replace with
 * a string); this replaces them all, and test/manifest.test.ts checks the output.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
/**
 * Base URL of the test builds (npm test sets it when ADDIN_PROD_URL is not set): a reserved name
 * (RFC 6761 « .invalid ») that never resolves, and that the production check refuses, so a dist/
 * built by the tests cannot be shipped by mistake.
 */
const TEST_PROD_BASE_URL = "https://cpts-addin.invalid/";

const MISSING_PROD_URL =
  "ADDIN_PROD_URL n'est pas défini : une construction de production doit connaître l'adresse https:// où dist/ sera hébergé " +
  "(le manifeste y renvoie Excel). Exemple : ADDIN_PROD_URL=https://outils.ma-cpts.fr/excel/ npm run build " +
  "— ou npm run build:dev pour une construction de développement (manifeste sur https://localhost:3000/).";

/** "https://host/path" -> "https://host/path/" (every manifest URL is base + relative path). */
function normalizeBaseUrl(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") {
    throw new Error(`ADDIN_PROD_URL doit être une URL https:// (reçu : ${url})`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_PROD_URL ne doit contenir ni « ? » ni « # » (reçu : ${url})`);
  }
  return parsed.href.endsWith("/") ? parsed.href : parsed.href + "/";
}

/** The production base URL, from ADDIN_PROD_URL; there is no default (a placeholder host would ship quietly). */
function productionBaseUrl(env = process.env) {
  if (!env.ADDIN_PROD_URL) throw new Error(MISSING_PROD_URL);
  return normalizeBaseUrl(env.ADDIN_PROD_URL);
}

/** Names reserved for examples and tests (RFC 2606, RFC 6761): never where an add-in is hosted. */
function isReservedHost(url) {
  const host = new URL(url).hostname.toLowerCase();
  return /(^|\.)(example\.(com|net|org)|example|invalid|test|localhost)$/.test(host);
}

/**
 * Pure: returns the manifest with every `https://localhost:3000/...` URL rebased on prodBaseUrl,
 * and every bare origin `https://localhost:3000` (AppDomain: an origin, no path) replaced by the
 * production origin.
 */
function transformManifest(xml, prodBaseUrl, devBaseUrl = DEV_BASE_URL) {
  const prod = normalizeBaseUrl(prodBaseUrl);
  const dev = normalizeBaseUrl(devBaseUrl);
  const devOrigin = new URL(dev).origin;
  const prodOrigin = new URL(prod).origin;
  return xml.split(dev).join(prod).split(devOrigin).join(prodOrigin);
}

module.exports = {
  DEV_BASE_URL,
  TEST_PROD_BASE_URL,
  normalizeBaseUrl,
  productionBaseUrl,
  isReservedHost,
  transformManifest,
};
