/** Preview of a maklumat, laid out like its section on `src/pages/akuntabilitas/maklumat.astro`. */
import { t } from '../../i18n/id';
import { fill } from '../../i18n/fill';
import {
  Body,
  Page,
  dateOf,
  dateText,
  h,
  read,
  readText,
  sampleNote,
  useEntryName,
  type Markdown,
  type PreviewProps,
} from './shared';

const m = t.accountability.maklumat;

export const maklumatPreview = (markdown: Markdown) =>
  function MaklumatPreview(props: PreviewProps) {
    const agency = readText(props, 'agency');
    const issuer = useEntryName(props, 'agencies', agency, 'name');
    const signatory = readText(props, 'signatory');
    const position = readText(props, 'position');
    const signedOn = read(props, 'signedOn');
    return Page(
      [
        h('h1', null, m.title),
        h(
          'section',
          { className: 'mt-8' },
          h('h2', null, readText(props, 'title')),
          sampleNote(read(props, 'sample')),
          h('p', { className: 'mt-1 text-sm text-muted' }, `${m.issuer}: `, agency ? h('a', null, issuer) : m.mpp),
          h('blockquote', { className: 'mt-3 border-l-4 border-brand-700 pl-4 text-lg' }, Body(props, markdown, '')),
          h(
            'p',
            { className: 'mt-2' },
            signatory && dateOf(signedOn)
              ? fill(m.signed, { name: signatory, position, date: dateText(signedOn) })
              : fill(m.unsigned, { position }),
          ),
        ),
      ],
      { 'data-preview': 'maklumat' },
    );
  };
