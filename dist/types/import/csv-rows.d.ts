/**
 * RFC 4180 CSV (quoted fields with commas, quotes and line breaks inside; CRLF or LF; a
 * leading BOM), or tab-separated rows as a spreadsheet copies them. Written here rather
 * than taken from a CSV library: the playground will parse pasted rows in the browser,
 * and this is the few hundred bytes it needs. One pass over the text, so a hostile file
 * (an unclosed quote at 1 MiB, 100,000 rows) costs time in proportion to its length.
 */
export type CsvResult = {
    readonly ok: true;
    readonly rows: readonly (readonly string[])[];
} | {
    readonly ok: false;
    readonly error: string;
};
/** Splits `text` into rows of fields. A blank line is a row of one empty field, so row numbers match the spreadsheet's. */
export declare function parseCsvRows(text: string, delimiter?: string): CsvResult;
