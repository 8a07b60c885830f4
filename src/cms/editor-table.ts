/**
 * The "insert table" button of the body editor. Decap's rich-text editor has no tables: pipes
 * typed into it are saved escaped (`\|`) and the site shows them literally. This component
 * writes a real Markdown table, with its first row as the header row (`<th>` on the site),
 * and reads one back when a body that has a table is opened, so saving keeps it a table.
 * Each line of the form is one row, its cells separated by "|", which is easy to type on a phone.
 */
import { createElement as h } from 'react';
import type { EditorComponentOptions } from 'decap-cms-core';

/** A table in the rich-text editor: the header row and the other rows, one line each. */
export interface TableData {
  header?: string;
  rows?: string;
}

/** The cells of a line typed in the form or of a Markdown table row; `\|` is a pipe inside a cell. */
export function cellsOf(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');
const rowOf = (cells: string[], width: number) =>
  `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
const lines = (text: string | undefined) => (text ?? '').split('\n').filter((line) => line.trim() !== '');

/** The Markdown table for the form's values; as wide as its widest row. */
export function tableMarkdown({ header, rows }: TableData): string {
  const head = cellsOf(header ?? '');
  const body = lines(rows).map(cellsOf);
  const width = Math.max(head.length, ...body.map((row) => row.length));
  return [rowOf(head, width), `|${' --- |'.repeat(width)}`, ...body.map((row) => rowOf(row, width))].join('\n');
}

/** A Markdown table: a header row, the delimiter row, then any body rows. */
const TABLE = /^(\|[^\n]*\|)[ \t]*\n\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*((?:\n\|[^\n]*\|[ \t]*)*)/;

/** The form's values for a Markdown table (cells re-joined with " | "). */
export function tableData(match: RegExpMatchArray): TableData {
  const join = (line: string) => cellsOf(line).map(escapeCell).join(' | ');
  return { header: join(match[1]), rows: lines(match[2]).map(join).join('\n') };
}

export const bodyTable = {
  id: 'table',
  label: 'Tabel',
  fields: [
    {
      name: 'header',
      label: 'Baris judul',
      widget: 'string',
      hint: 'Judul setiap kolom, dipisahkan tanda |, misalnya: Layanan | Biaya | Lama',
    },
    {
      name: 'rows',
      label: 'Isi tabel',
      widget: 'text',
      hint: 'Satu baris per baris tabel, kolomnya dipisahkan tanda |, misalnya: KTP-el | Gratis | 1 hari',
    },
  ],
  pattern: TABLE,
  fromBlock: tableData,
  toBlock: tableMarkdown,
  toPreview: (data: TableData) => {
    const head = cellsOf(data.header ?? '');
    return h(
      'table',
      null,
      h('thead', null, h('tr', null, ...head.map((cell, i) => h('th', { key: i }, cell)))),
      h(
        'tbody',
        null,
        ...lines(data.rows).map((line, r) =>
          h('tr', { key: r }, ...cellsOf(line).map((cell, i) => h('td', { key: i }, cell))),
        ),
      ),
    );
  },
} as unknown as EditorComponentOptions;
