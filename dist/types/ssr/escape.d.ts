/** Text and attribute values for HTML built as a string (the fallback, the snippet). */
export declare function escapeHtml(value: string): string;
/**
 * JSON to put inside `<script>`: `<` (so neither `</script>` nor `<!--` can end or
 * change the element), `>`, `&` and the two JavaScript line breaks become
 * `\u` escapes, which JSON.parse reads back as the same characters.
 */
export declare function scriptJson(value: unknown, indent?: number): string;
