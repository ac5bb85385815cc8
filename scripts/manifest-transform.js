/**
 * Rewrites the development manifest for production: every development URL becomes the production
 * one. Microsoft's custom-functions template rewrote only the FIRST occurrence (String.replace with
 * a string); this replaces them all, and test/manifest.test.ts checks the output.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const DEFAULT_PROD_BASE_URL = "https://cpts-addin.example.org/";

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

/** The production base URL: env var ADDIN_PROD_URL, else the documented default. */
function productionBaseUrl(env = process.env) {
  return normalizeBaseUrl(env.ADDIN_PROD_URL || DEFAULT_PROD_BASE_URL);
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
  DEFAULT_PROD_BASE_URL,
  normalizeBaseUrl,
  productionBaseUrl,
  transformManifest,
};
