/** The body editor's table component writes and reads real Markdown tables (src/cms/editor-table.ts). */
import { describe, expect, it } from 'vitest';
import { bodyTable, cellsOf, tableData, tableMarkdown } from '../../src/cms/editor-table';

const pattern = (bodyTable as unknown as { pattern: RegExp }).pattern;

describe('the table of the body editor', () => {
  it('writes a Markdown table with a header row, as wide as its widest row', () => {
    expect(tableMarkdown({ header: 'Layanan | Biaya', rows: 'KTP-el | Gratis | hari itu\n\nKK|Gratis' })).toBe(
      ['| Layanan | Biaya |  |', '| --- | --- | --- |', '| KTP-el | Gratis | hari itu |', '| KK | Gratis |  |'].join(
        '\n',
      ),
    );
  });

  it('keeps a pipe typed inside a cell as text', () => {
    expect(cellsOf('A \\| B | C')).toEqual(['A | B', 'C']);
    expect(tableMarkdown({ header: 'A \\| B | C', rows: '' })).toBe('| A \\| B | C |\n| --- | --- |');
  });

  it('reads back what it wrote, and tables typed by hand', () => {
    const data = { header: 'Layanan | Biaya', rows: 'KTP-el | Gratis\nKK | Gratis' };
    const match = tableMarkdown(data).match(pattern)!;
    expect(tableData(match)).toEqual(data);
    const typed = '|Layanan|Biaya|\n|:--|--:|\n|KTP-el|Gratis|';
    expect(tableData(typed.match(pattern)!)).toEqual({ header: 'Layanan | Biaya', rows: 'KTP-el | Gratis' });
  });

  it('is not a table without its delimiter row', () => {
    expect('| hanya | teks |\nbiasa'.match(pattern)).toBeNull();
  });
});
