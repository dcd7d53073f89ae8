/**
 * The release this code ships in. The build (rollup.config.mjs, `fillRelease`) replaces
 * these values with package.json's version and dist/integrity.json, so the CDN tag that
 * `lede-widgets/ssr` writes always names its own release and the hash of its script.
 */
export const RELEASE: { version: string; integrity: Readonly<Record<string, string>> } = { version: '0.0.0-source', integrity: {} };

/** A script tag's address and, when known, its Subresource Integrity hash. */
export interface ScriptSource {
  src: string;
  integrity?: string;
}

/** `dist/lede.js` of this release on jsDelivr's npm mirror, with its sha384. */
export function cdnScript(file = 'lede.js'): ScriptSource {
  const integrity = RELEASE.integrity[file];
  return { src: `https://cdn.jsdelivr.net/npm/lede-widgets@${RELEASE.version}/dist/${file}`, ...(integrity ? { integrity } : {}) };
}
