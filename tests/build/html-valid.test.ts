/** Every built page passes html-validate's recommended rules (exceptions in the config, with reasons). */
import { HtmlValidate } from 'html-validate';
import { expect, inject, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/dist-pages';
import { htmlValidateConfig } from '../html-validate.config';

it('every page is valid HTML', async () => {
  const dist = inject('distDir');
  const validator = new HtmlValidate(htmlValidateConfig);
  const pages = htmlPages(dist);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(fileFor(dist, page));
    for (const result of report.results)
      for (const message of result.messages)
        errors.push(`${page}: ${message.ruleId}: ${message.message} (${message.selector})`);
  }
  console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
  expect(pages.length).toBeGreaterThan(90);
  expect(errors).toEqual([]);
});
