/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by `;` or `,`, records by CRLF or
 * LF, quoted fields that may hold the delimiter, line breaks and doubled quotes. One parser
 * for the whole API.
 */

export type CsvDelimiter = ';' | ',';

export interface CsvRecord {
  /** The line of the file the record starts on, counting from 1 (header included). */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
}

const BOM = '\uFEFF';

/**
 * The delimiter of the first record: whichever of `;` and `,` occurs more often outside
 * quotes. Belgian and Dutch Excel exports use `;`; a tie (one column) counts as `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses the text into records of cells. A UTF-8 byte-order mark is dropped, records whose
 * cells are all blank are skipped, and a quote that is never closed runs to the end of the
 * text (the caller's row validation will report what is missing).
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { delimiter, records };
}

/** Text a spreadsheet would run as a formula (CSV injection) gets a leading quote. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A number written for the reader's spreadsheet ("-0,5", "66,7%"): the one kind of cell that
 * may start with a minus and still is not a formula, so it is not neutralised.
 */
export interface CsvNumber {
  readonly number: string;
}

const spreadsheetNumber = /^-?\d+(?:[.,]\d+)?%?$/;

export function csvNumber(text: string): CsvNumber {
  if (!spreadsheetNumber.test(text)) throw new Error(`not a number for a spreadsheet: ${text}`);
  return { number: text };
}

export type CsvCell = string | CsvNumber;

/**
 * One CSV text from rows of cells: every text cell is guarded against formula injection and
 * quoted when it holds the delimiter, a quote or a line break; records end with CRLF. With
 * `bom`, the text starts with a UTF-8 byte-order mark so Excel reads it as UTF-8.
 */
export function formatCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { delimiter?: CsvDelimiter; bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const body = rows
    .map((row) =>
      row
        .map((raw) => {
          const value = typeof raw === 'string' ? neutraliseFormula(raw) : raw.number;
          return value.includes(delimiter) || /["\r\n]/.test(value)
            ? `"${value.replaceAll('"', '""')}"`
            : value;
        })
        .join(delimiter),
    )
    .map((record) => `${record}\r\n`)
    .join('');
  return options.bom ? `${BOM}${body}` : body;
}
