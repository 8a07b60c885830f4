/**
 * The visit planner's page script (src/pages/rencana/index.astro). The plan is the address:
 * `?l=a,b,c`. Ticking a service in the picker rewrites the address and redraws the plan; a
 * guide's "Tambah ke rencana" link arrives as `?tambah=<id>` and is added to the plan last made
 * on this device. Everything from content is written with textContent, never as markup.
 */
import { buildPlan, planIds, planQuery, type PlanCatalog, type VisitPlan } from '../lib/visit-plan';

type Strings = Record<string, string> & { forms: Record<string, string> };

/** The plan last made on this device, so "Tambah ke rencana" on another guide adds to it. */
const STORED_PLAN = 'rencana-kunjungan';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

function section(title: string, id: string, ...children: Node[]): HTMLElement {
  const box = element('section', undefined, 'mt-6 print:mt-2');
  box.setAttribute('aria-labelledby', id);
  const heading = element('h2', title);
  heading.id = id;
  box.append(heading, ...children);
  return box;
}

function render(plan: VisitPlan, s: Strings, url: string): HTMLElement {
  const root = element('div');
  const heading = element('h2', fill(s.heading, { count: plan.services.length }), 'mt-4');
  heading.id = 'rencana-anda';
  root.append(heading);
  if (plan.unknown.length) root.append(element('p', fill(s.unknown, { ids: plan.unknown.join(', ') }), 'mt-2'));

  const notices = plan.services.flatMap((service) => service.notices.map((text) => `${service.title} — ${text}`));
  if (notices.length) {
    const list = element('ul', undefined, 'mt-2 grid gap-2');
    for (const text of notices)
      list.append(element('li', text, 'rounded-md border-l-4 border-warn-800 bg-warn-50 px-3 py-2'));
    root.append(section(s.notices, 'rencana-status', list));
    list.dataset.planNotices = '';
  }

  const route = element('ol', undefined, 'mt-2 list-decimal space-y-2 pl-6 print:space-y-0');
  route.dataset.planRoute = '';
  for (const service of plan.services) {
    const item = element('li');
    item.dataset.service = service.id;
    const title = element('strong');
    title.append(link(service.url, service.title));
    item.append(title, ` — ${fill(s.counter, { counters: service.counters.join(', ') })} (${service.agency})`);
    item.append(element('span', `${s.hours}: ${service.hours} · ${s.duration}: ${service.duration}`, 'block text-sm'));
    route.append(item);
  }
  root.append(section(s.route, 'rencana-loket', route));

  const checklist = element('ul', undefined, 'mt-2 space-y-1');
  checklist.dataset.planChecklist = '';
  for (const requirement of plan.checklist) {
    const item = element('li', undefined, 'flex gap-2');
    item.dataset.item = requirement.item;
    const box = element('input');
    box.type = 'checkbox';
    box.className = 'mt-1 h-5 w-5 shrink-0 accent-brand-700';
    box.setAttribute('aria-label', requirement.item);
    const text = element('span');
    const detail = [s.forms[requirement.form], requirement.count ? `${requirement.count} ${s.sheets}` : '']
      .filter(Boolean)
      .join(', ');
    text.append(element('strong', requirement.item));
    if (detail) text.append(` (${detail})`);
    text.append(element('span', `${s.neededBy}: ${requirement.services.join(', ')}`, 'block text-sm'));
    for (const note of requirement.notes) text.append(element('span', note, 'block text-sm'));
    item.append(box, text);
    checklist.append(item);
  }
  root.append(section(s.checklist, 'rencana-syarat', checklist));

  const fees = element('ul', undefined, 'mt-2 list-disc space-y-1 pl-6');
  fees.dataset.planFees = '';
  const line = (label: string, services: VisitPlan['services'], key: string) => {
    if (!services.length) return;
    const item = element('li', `${label}: ${services.map((x) => x.title).join(', ')}`);
    item.dataset.fee = key;
    fees.append(item);
  };
  line(s.free, plan.fees.free, 'gratis');
  if (plan.fees.fixed.length) {
    const item = element('li', fill(s.fixedTotal, { total: rupiah(plan.fees.knownTotal) }));
    item.dataset.fee = 'total';
    fees.append(item);
  }
  line(s.variable, plan.fees.variable, 'bergantung');
  line(s.unconfirmed, plan.fees.unconfirmed, 'belum-dikonfirmasi');
  root.append(section(s.fees, 'rencana-biaya', fees));

  const actions = element('p', undefined, 'mt-6 flex flex-wrap gap-3 print:hidden');
  const titles = plan.services.map((x) => x.title).join(', ');
  const share = link(
    `https://wa.me/?text=${encodeURIComponent(fill(s.shareText, { site: s.site, titles, url }))}`,
    s.share,
  );
  share.className = 'button button-secondary';
  const print = element('button', s.print, 'button button-secondary');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  actions.append(share, print);
  root.append(actions);

  // First, so that in print it floats beside the plan's heading in the top right corner.
  const qr = element('figure', undefined, 'plan-qr hidden print:block');
  qr.dataset.planQr = url;
  qr.append(element('figcaption', s.qr, 'text-xs'));
  root.prepend(qr);
  // The address in letters too, for a printout read without a phone that scans.
  root.append(element('p', url, 'mt-2 hidden text-xs break-all print:block'));
  return root;
}

/** Draws the QR code for the printout; its encoder (/rencana/qr.js) loads only once a plan exists. */
async function drawQr(figure: HTMLElement, module: string) {
  const { qrSvg } = (await import(/* @vite-ignore */ module)) as typeof import('./plan-qr');
  const svg = await qrSvg(figure.dataset.planQr ?? '');
  const holder = element('div');
  holder.innerHTML = svg; // the library's own SVG of the plan's address, not content text
  holder.firstElementChild?.setAttribute('aria-hidden', 'true');
  figure.prepend(holder);
}

class VisitPlanner extends HTMLElement {
  #catalog?: Promise<PlanCatalog>;
  /** The plan's services in the order they were added. */
  #ids: string[] = [];

  connectedCallback() {
    const s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.querySelector<HTMLElement>('[data-needs-script]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-plan-ui]')?.removeAttribute('hidden');
    const form = this.querySelector<HTMLFormElement>('[data-plan-picker]');
    // A service ticked joins the end of the plan, as a guide's link would add it.
    form?.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const ids = this.#ids.filter((id) => id !== box.value);
      this.update(s, box.checked ? [...ids, box.value] : ids);
    });
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.querySelector('#rencana-anda')?.scrollIntoView();
    });
    this.update(s, this.fromAddress());
  }

  /** The ids in the address, plus a guide's `tambah` added to the plan last made here. */
  fromAddress(): string[] {
    const params = new URLSearchParams(location.search);
    const add = params.get('tambah');
    let ids = planIds(location.search);
    if (add) {
      let stored: string[] = [];
      try {
        stored = planIds(localStorage.getItem(STORED_PLAN) ?? '');
      } catch {
        // Storage blocked: the plan starts with this service alone.
      }
      ids = [...new Set([...stored, ...ids, ...planIds(`?l=${add}`)])];
    }
    return ids;
  }

  async update(s: Strings, ids: string[]) {
    this.#ids = ids;
    const query = planQuery(ids);
    history.replaceState(null, '', `${location.pathname}${query}`);
    try {
      localStorage.setItem(STORED_PLAN, query);
    } catch {
      // Storage blocked: the address still carries the plan.
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-plan-picker] input[name="l"]'))
      box.checked = ids.includes(box.value);
    const status = this.querySelector<HTMLElement>('[data-plan-status]');
    const target = this.querySelector<HTMLElement>('[data-plan]');
    if (!status || !target) return;
    if (!ids.length) {
      status.textContent = s.empty;
      target.replaceChildren();
      return;
    }
    status.textContent = s.loading;
    try {
      this.#catalog ??= fetch(s.catalog).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<PlanCatalog>;
      });
      const catalog = await this.#catalog;
      // A later change of the plan may have drawn already while the data loaded.
      if (ids !== this.#ids) return;
      const url = new URL(`${s.planPath}${query}`, s.origin).href;
      target.replaceChildren(render(buildPlan(ids, catalog), s, url));
      status.textContent = '';
    } catch {
      this.#catalog = undefined;
      status.textContent = s.failed;
      return;
    }
    const qr = target.querySelector<HTMLElement>('[data-plan-qr]');
    // Without the QR code (no signal for its encoder) the plan still prints, with its address.
    if (qr) await drawQr(qr, s.qrModule).catch(() => undefined);
  }
}

export function definePlanner() {
  if (!customElements.get('visit-planner')) customElements.define('visit-planner', VisitPlanner);
}
