/** Markdown and number formatting shared by the report's sections. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const s = (seconds: number | undefined) => (seconds === undefined ? '–' : seconds.toFixed(1));
export const ms = (value: number) => value.toFixed(1);

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
