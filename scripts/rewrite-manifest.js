"use strict";
/**
 * Rewrites the development base URL in manifest.xml to a production one. Pure string functions so the
 * webpack build (CopyWebpackPlugin transform) and the tests share exactly one implementation.
 */

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Validates a production base URL: absolute https (http only for localhost), ending with "/".
 * @param {string} baseUrl
 * @returns {string} the same URL
 */
function normalizeBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not an absolute URL: ${JSON.stringify(baseUrl)}`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) {
    throw new Error(`ADDIN_BASE_URL must use https (Office only loads add-ins over https): ${baseUrl}`);
  }
  if (!baseUrl.endsWith("/")) {
    throw new Error(`ADDIN_BASE_URL must end with "/": ${baseUrl}`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or hash: ${baseUrl}`);
  }
  return baseUrl;
}

/**
 * Replaces every https://localhost:3000/ URL with baseUrl, and the bare origin (as used by <AppDomain>)
 * with baseUrl's origin. An empty or missing baseUrl returns the manifest unchanged.
 * @param {string} xml manifest.xml text
 * @param {string | undefined} baseUrl e.g. "https://example.com/ninegrid/"
 * @returns {string}
 */
function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) return xml;
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml.split(DEV_BASE_URL).join(base).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_BASE_URL, DEV_ORIGIN, normalizeBaseUrl, rewriteManifest };
