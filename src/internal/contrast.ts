/** Relative luminance (WCAG 2.2) of red, green and blue channels, each 0–255. */
export function channelLuminance(channels: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.2). */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return channelLuminance(digits.map((pair) => parseInt(pair, 16)));
}

/** Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179. */
export const DARK_BELOW = 0.179;

/**
 * Black or white, whichever reads better on `background`: a category colour
 * comes from the data, so the chip's text must adapt to whatever it is.
 */
export function readableTextOn(background: string): '#000' | '#fff' {
  return luminance(background) > DARK_BELOW ? '#000' : '#fff';
}
