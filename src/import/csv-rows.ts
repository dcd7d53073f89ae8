/**
 * RFC 4180 CSV (quoted fields with commas, quotes and line breaks inside; CRLF or LF; a
 * leading BOM), or tab-separated rows as a spreadsheet copies them. Written here rather
 * than taken from a CSV library: the playground will parse pasted rows in the browser,
 * and this is the few hundred bytes it needs. One pass over the text, so a hostile file
 * (an unclosed quote at 1 MiB, 100,000 rows) costs time in proportion to its length.
 */
export type CsvResult =
  | { readonly ok: true; readonly rows: readonly (readonly string[])[] }
  | { readonly ok: false; readonly error: string };

/** Splits `text` into rows of fields. A blank line is a row of one empty field, so row numbers match the spreadsheet's. */
export function parseCsvRows(text: string, delimiter = detectDelimiter(text)): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const endRow = () => {
    row.push(field);
    field = '';
    rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const character = text[at];
    if (character === '"' && field === '') {
      const openedOn = line;
      let end = at + 1;
      // Collect the quoted part in slices between doubled quotes, not one character at a time.
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) return { ok: false, error: `line ${openedOn}: a quoted field is never closed` };
        field += text.slice(end, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          end = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      for (let index = at; index < end; index++) if (text[index] === '\n') line++;
      at = end;
      // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
    } else if (character === delimiter) {
      row.push(field);
      field = '';
      at++;
    } else if (character === '\n' || character === '\r') {
      endRow();
      at += character === '\r' && text[at + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      const next = nextSpecial(text, at, delimiter);
      field += text.slice(at, next);
      at = next;
    }
  }
  if (field !== '' || row.length) endRow();
  return { ok: true, rows };
}

/** A tab in the first line and no comma there: rows pasted from a spreadsheet. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

function nextSpecial(text: string, from: number, delimiter: string): number {
  let at = from;
  while (at < text.length) {
    const character = text[at];
    if (character === delimiter || character === '\n' || character === '\r' || character === '"') break;
    at++;
  }
  // A quote inside an unquoted field is kept as a character.
  return at === from ? from + 1 : at;
}
