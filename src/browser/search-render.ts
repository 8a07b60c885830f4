/** Draws search results as an accessible list; text goes in as text, never as markup. */
import type { SearchHit, SearchOutcome } from './search-engine';
import type { AnswerCard, HelpLink } from '../lib/search-help';
import { openStatus, type Schedule } from '../lib/hours';
import { describeStatus } from '../lib/hours-text';
import { paths, serviceIdOf } from '../lib/routes';

export interface ResultStrings {
  none: string;
  count: (shown: number, total: number) => string;
  /** "Tambah ke rencana kunjungan" under a guide, when the box offers it. */
  addToPlan?: string;
}

function line(parent: HTMLElement, className: string, text: string) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  parent.append(p);
  return p;
}

function links(parent: HTMLElement, items: HelpLink[]) {
  if (!items.length) return;
  const list = document.createElement('ul');
  for (const { label, href } of items) {
    const item = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    item.append(a);
    list.append(item);
  }
  parent.append(list);
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

/** "Buka sekarang — tutup pukul 15.00 WIB", from the schedule every page carries. */
function openNowLine(): string | undefined {
  const data = document.getElementById('mpp-schedule')?.textContent;
  if (!data) return undefined;
  const schedule = JSON.parse(data) as Schedule & { zone: string };
  const status = describeStatus(openStatus(new Date(), schedule), schedule.zone);
  return `${status.headline} — ${status.detail}`;
}

function answerCard(parent: HTMLElement, card: AnswerCard) {
  const box = document.createElement('section');
  box.className = 'search-answer';
  box.setAttribute('aria-label', card.title);
  line(box, 'search-answer-title', card.title);
  const now = card.live ? openNowLine() : undefined;
  if (now) line(box, 'search-answer-now', now);
  for (const text of card.lines) line(box, 'search-answer-line', text);
  links(box, card.links);
  parent.append(box);
}

function hitItem(hit: SearchHit, addToPlan?: string): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.url = hit.url;
  const heading = document.createElement('a');
  heading.href = hit.url;
  heading.textContent = hit.title;
  heading.className = 'search-title';
  item.append(heading);
  const facts = [hit.type, hit.agency, hit.counter, hit.fee, hit.duration].filter(Boolean).join(' · ');
  if (facts) line(item, 'search-facts', facts);
  if (hit.status) line(item, 'search-status', hit.status);
  excerptInto(item, hit.excerpt);
  const service = addToPlan ? serviceIdOf(hit.url) : undefined;
  if (service) {
    const add = document.createElement('a');
    add.href = paths.planAdd(service);
    add.textContent = addToPlan ?? '';
    add.className = 'search-plan';
    item.append(add);
  }
  return item;
}

export function renderResults(target: HTMLElement, outcome: SearchOutcome, strings: ResultStrings) {
  const { hits, total, notice, answer, help } = outcome;
  target.replaceChildren();
  line(target, 'search-count', hits.length ? strings.count(hits.length, total) : strings.none).setAttribute(
    'role',
    'status',
  );
  if (answer) answerCard(target, answer);
  if (notice) line(target, 'search-notice', notice);
  if (hits.length) {
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.append(...hits.map((hit) => hitItem(hit, strings.addToPlan)));
    target.append(list);
  }
  if (help) {
    const box = document.createElement('section');
    box.className = 'search-help';
    box.setAttribute('aria-label', help.title);
    line(box, 'search-answer-title', help.title);
    links(box, [...help.services, ...help.links, ...help.contact]);
    if (help.contactNote) line(box, 'search-answer-line', help.contactNote);
    target.append(box);
  }
}
