/** Draws search results as an accessible list; text goes in as text, never as markup. */
import type { SearchHit } from './search-engine';

export interface ResultStrings {
  none: string;
  count: (shown: number, total: number) => string;
}

function line(parent: HTMLElement, className: string, text: string) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  parent.append(p);
  return p;
}

/**
 * Pagefind's excerpt is escaped page text with <mark> around matches; rebuild it from text
 * nodes so that nothing but <mark> can ever reach the page.
 */
function excerptInto(parent: HTMLElement, excerpt: string) {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else p.append(document.createTextNode(node.textContent ?? ''));
  }
  parent.append(p);
}

export function renderResults(target: HTMLElement, hits: SearchHit[], total: number, strings: ResultStrings) {
  target.replaceChildren();
  line(target, 'search-count', hits.length ? strings.count(hits.length, total) : strings.none).setAttribute(
    'role',
    'status',
  );
  if (!hits.length) return;
  const list = document.createElement('ol');
  list.className = 'search-results';
  for (const hit of hits) {
    const item = document.createElement('li');
    item.dataset.url = hit.url;
    const heading = document.createElement('a');
    heading.href = hit.url;
    heading.textContent = hit.title;
    heading.className = 'search-title';
    item.append(heading);
    const facts = [hit.type, hit.agency, hit.counter, hit.fee, hit.duration].filter(Boolean).join(' · ');
    if (facts) line(item, 'search-facts', facts);
    excerptInto(item, hit.excerpt);
    list.append(item);
  }
  target.append(list);
}
