import { describe, expect, it } from 'vitest';
import {
  csvNumber,
  detectDelimiter,
  formatCsv,
  neutraliseFormula,
  parseCsv,
} from '../src/csv/parse-csv.ts';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads a comma-separated file with a header', () => {
    expect(parseCsv('name,email\nAn,an@example.org\n')).toEqual({
      delimiter: ',',
      records: [
        { line: 1, cells: ['name', 'email'] },
        { line: 2, cells: ['An', 'an@example.org'] },
      ],
    });
  });

  it('detects a semicolon (Belgian Excel) and drops the byte-order mark', () => {
    const parsed = parseCsv('\uFEFFname;email\r\nAn, Jr.;an@example.org\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['name', 'email'],
      ['An, Jr.', 'an@example.org'],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const parsed = parseCsv('a;b;c\n"x;y";"say ""hi""";"two\nlines"\nnext;2;3\n');
    expect(parsed.records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x;y', 'say "hi"', 'two\nlines'] },
      { line: 4, cells: ['next', '2', '3'] },
    ]);
  });

  it('skips blank records, keeps empty cells and reads a last record without a newline', () => {
    expect(cells('a,b\n\n,\n1,\r\n2,3')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('ignores delimiters inside quotes when detecting', () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';');
    expect(detectDelimiter('only\n')).toBe(',');
  });

  it('runs an unclosed quote to the end of the text', () => {
    expect(cells('a,b\n"open,1\n2\n')).toEqual([['a', 'b'], ['open,1\n2\n']]);
  });

  it('reads an empty text as no records', () => {
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\uFEFF\r\n').records).toEqual([]);
  });
});

describe('formatCsv', () => {
  it('quotes what needs quoting, ends records with CRLF and can start with a BOM', () => {
    expect(formatCsv([['a;b', 'say "hi"', 'two\nlines', 'plain']], { bom: true })).toBe(
      '\uFEFF"a;b";"say ""hi""";"two\nlines";plain\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+32 3', '-2', '@SUM(A1)', 'ok=1'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+32 3",
      "'-2",
      "'@SUM(A1)",
      'ok=1',
    ]);
    expect(formatCsv([['=HYPERLINK("x")']], { delimiter: ',' })).toBe(`"'=HYPERLINK(""x"")"\r\n`);
  });

  it('writes numbers for the spreadsheet as they are, even with a minus', () => {
    expect(formatCsv([[csvNumber('-0,5'), csvNumber('66,7%'), '-0,5']])).toBe(
      "-0,5;66,7%;'-0,5\r\n",
    );
    expect(formatCsv([[csvNumber('0,5')]], { delimiter: ',' })).toBe('"0,5"\r\n');
    expect(() => csvNumber('=1+1')).toThrow();
    expect(() => csvNumber('-1 2')).toThrow();
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['name', 'goal'],
      ['Zoë', 'Werk;\n"vinden"'],
    ];
    expect(cells(formatCsv(rows, { bom: true }))).toEqual(rows);
  });
});
