/** Text and attribute values for HTML built as a string (the fallback, the snippet). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * JSON to put inside `<script>`: `<` (so neither `</script>` nor `<!--` can end or
 * change the element), `>`, `&` and the two JavaScript line breaks become
 * `\u` escapes, which JSON.parse reads back as the same characters.
 */
export function scriptJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
