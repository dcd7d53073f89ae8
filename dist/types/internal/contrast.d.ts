/** Relative luminance (WCAG 2.2) of red, green and blue channels, each 0–255. */
export declare function channelLuminance(channels: readonly number[]): number;
/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.2). */
export declare function luminance(hex: string): number;
/** Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179. */
export declare const DARK_BELOW = 0.179;
/**
 * Black or white, whichever reads better on `background`: a category colour
 * comes from the data, so the chip's text must adapt to whatever it is.
 */
export declare function readableTextOn(background: string): '#000' | '#fff';
