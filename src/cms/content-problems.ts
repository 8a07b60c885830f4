/**
 * A notice in /admin/ that lists every content file the build would refuse, each with a link
 * that opens the entry in the CMS. A file can break outside the CMS (edited by hand, a merge, an
 * older save): the next publish would then fail with no word to the editor, and with
 * `npm run cms` the development server would only complain in its terminal. The check is the
 * build's (`checkFiles`), on the files as the backend has them, after login and after every
 * save or deletion.
 */
import { checkFiles } from '../lib/content-rules';
import { currentFiles, described, entryAddress, entryName, type ContentReader } from './cross-entry';
import type { DecapConfig } from './types';
import { t } from '../i18n/id';
import { COLORS } from '../styles/tokens';

export interface ContentProblem {
  /** "Layanan "akta-kelahiran" — Kategori: kategori "x" tidak ada …" */
  text: string;
  /** The CMS address of the entry, when the CMS edits that file. */
  href?: string;
}

/** The problems of the content the reader returns, as the notice lists them. */
export async function contentProblems(config: DecapConfig, reader: ContentReader): Promise<ContentProblem[]> {
  const files = await currentFiles(config, reader);
  return checkFiles(files, { acrossBrokenFiles: true }).map((problem) => {
    const { path, text } = described(problem, files);
    return { text: `${entryName(config, path)} — ${text}`, href: entryAddress(config, path) };
  });
}

const NOTICE_ID = 'content-problems';

/** Shows the problems at the foot of the admin, above Decap's own interface, or removes the notice. */
export function renderContentProblems(problems: ContentProblem[]) {
  document.getElementById(NOTICE_ID)?.remove();
  if (problems.length === 0) return;
  const notice = document.createElement('section');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'alert');
  notice.setAttribute('aria-labelledby', `${NOTICE_ID}-title`);
  Object.assign(notice.style, {
    position: 'fixed',
    insetInline: '0',
    bottom: '0',
    zIndex: '1000',
    maxHeight: '40vh',
    overflowY: 'auto',
    padding: '12px 16px',
    // The important announcement's colours: ink and link on warn-50 (tests/unit/contrast.test.ts).
    background: COLORS['warn-50'],
    color: COLORS.ink,
    borderTop: `3px solid ${COLORS['warn-800']}`,
    font: '15px/1.5 system-ui, sans-serif',
  });
  const title = document.createElement('h2');
  title.id = `${NOTICE_ID}-title`;
  title.textContent = t.admin.problems.title;
  Object.assign(title.style, { font: 'bold 16px/1.4 system-ui, sans-serif', margin: '0 0 4px' });
  const intro = document.createElement('p');
  intro.textContent = t.admin.problems.intro;
  intro.style.margin = '0 0 4px';
  const list = document.createElement('ul');
  list.style.margin = '0';
  for (const problem of problems) {
    const item = document.createElement('li');
    if (problem.href) {
      const link = document.createElement('a');
      link.href = problem.href;
      link.textContent = problem.text;
      link.style.color = COLORS.link;
      item.append(link);
    } else item.textContent = problem.text;
    list.append(item);
  }
  notice.append(title, intro, list);
  document.body.append(notice);
}
