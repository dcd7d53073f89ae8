/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.2). */
export declare function luminance(hex: string): number;
/**
 * Black or white, whichever reads better on `background`: a category colour
 * comes from the data, so the chip's text must adapt to whatever it is.
 */
export declare function readableTextOn(background: string): '#000' | '#fff';
