/**
 * The release this code ships in. The build (rollup.config.mjs, `fillRelease`) replaces
 * these values with package.json's version and dist/integrity.json, so the CDN tag that
 * `lede-widgets/ssr` writes always names its own release and the hash of its script.
 */
export declare const RELEASE: {
    version: string;
    integrity: Readonly<Record<string, string>>;
};
/** A script tag's address and, when known, its Subresource Integrity hash. */
export interface ScriptSource {
    src: string;
    integrity?: string;
}
/** `dist/lede.js` of this release on jsDelivr's npm mirror, with its sha384. */
export declare function cdnScript(file?: string): ScriptSource;
