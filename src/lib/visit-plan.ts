/**
 * One plan for one trip to the MPP, from several service guides: the services in walking order
 * from the entrance, one checklist without duplicates, the fees, and what is unknown. Pure, so
 * the planner page (src/pages/rencana/) and the tests run the same code.
 *
 * Two requirements are the same document when their names are the same once case, spaces and
 * final punctuation are set aside ("Kartu Keluarga (KK)" in two guides). Forms to fill in and
 * "other" items belong to their own service and are never merged: two services' application
 * forms are two forms.
 */

export { planIds, planQuery } from './plan-address';

export type RequirementForm = 'asli' | 'fotokopi' | 'asli-dan-fotokopi' | 'ditunjukkan' | 'isian' | 'lainnya';
export type FeeStatus = 'gratis' | 'berbayar' | 'belum-dikonfirmasi';

/** One service as the planner's data file carries it (src/pages/rencana/layanan.json.ts). */
export interface PlanService {
  id: string;
  title: string;
  url: string;
  agency: string;
  counters: string[];
  /** The centre of the service's first counter on the floor plan, in metres; absent when not drawn. */
  at?: [number, number];
  requirements: { item: string; form: RequirementForm; count?: number; note?: string }[];
  fee: { status: FeeStatus; details?: string; amount?: number };
  duration: string;
  hours: string;
  notices: string[];
}

export interface PlanCatalog {
  /** The entrance's centre on the floor plan, where the walk starts. */
  entrance?: [number, number];
  services: Record<string, PlanService>;
}

export interface MergedRequirement {
  item: string;
  form: RequirementForm;
  /** The largest number of copies any of the services asks for. */
  count?: number;
  notes: string[];
  /** Titles of the services that need it. */
  services: string[];
}

export interface VisitPlan {
  /** The chosen services in the order to visit their counters. */
  services: PlanService[];
  /** Ids in the address that name no service (a guide removed or renamed since the link was shared). */
  unknown: string[];
  checklist: MergedRequirement[];
  fees: {
    free: PlanService[];
    /** Paid services with one fixed amount, summed in `knownTotal`. */
    fixed: PlanService[];
    knownTotal: number;
    /** Paid services whose amount depends on the case (vehicle, power, area): see their details. */
    variable: PlanService[];
    /** Services whose fee the agency has not confirmed. */
    unconfirmed: PlanService[];
  };
}

const sameDocument = (item: string) =>
  item
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:,\s]+$/, '')
    .trim();

const needsOriginal = (form: RequirementForm) =>
  form === 'asli' || form === 'asli-dan-fotokopi' || form === 'ditunjukkan';
const needsCopy = (form: RequirementForm) => form === 'fotokopi' || form === 'asli-dan-fotokopi';

/** The form that satisfies every service: the original to keep, to show, a copy, or both. */
function combinedForm(forms: RequirementForm[]): RequirementForm {
  const original = forms.some(needsOriginal);
  const copy = forms.some(needsCopy);
  if (original && copy) return 'asli-dan-fotokopi';
  if (copy) return 'fotokopi';
  return forms.includes('asli') ? 'asli' : 'ditunjukkan';
}

/** One checklist for all the services, in the order documents first appear. */
export function mergeRequirements(services: PlanService[]): MergedRequirement[] {
  const merged: (MergedRequirement & { forms: RequirementForm[] })[] = [];
  const byKey = new Map<string, MergedRequirement & { forms: RequirementForm[] }>();
  for (const service of services)
    for (const requirement of service.requirements) {
      const own = requirement.form === 'isian' || requirement.form === 'lainnya';
      const key = own ? `${service.id}\u0000${requirement.item}` : sameDocument(requirement.item);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { item: requirement.item, form: requirement.form, notes: [], services: [], forms: [] };
        byKey.set(key, entry);
        merged.push(entry);
      }
      entry.forms.push(requirement.form);
      if (requirement.count && requirement.count > (entry.count ?? 0)) entry.count = requirement.count;
      if (requirement.note && !entry.notes.includes(requirement.note)) entry.notes.push(requirement.note);
      if (!entry.services.includes(service.title)) entry.services.push(service.title);
    }
  return merged.map(({ forms, ...entry }) => ({
    ...entry,
    form: forms.some((f) => f === 'isian' || f === 'lainnya') ? entry.form : combinedForm(forms),
  }));
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * The services in the order to walk to their counters: from the entrance, each time to the
 * nearest counter not yet visited. Services at the same agency stay together; services whose
 * counter is not drawn come last, in the order chosen.
 */
export function walkingOrder(services: PlanService[], entrance?: [number, number]): PlanService[] {
  const placed = services.filter((s) => s.at);
  const unplaced = services.filter((s) => !s.at);
  const ordered: PlanService[] = [];
  let here = entrance ?? placed[0]?.at;
  const left = [...placed];
  while (left.length && here) {
    const from = here;
    let next = 0;
    for (let i = 1; i < left.length; i++) if (distance(from, left[i].at!) < distance(from, left[next].at!)) next = i;
    const [service] = left.splice(next, 1);
    // Every other chosen service at the same counter comes right after it.
    const sameAgency = left.filter((s) => s.agency === service.agency);
    ordered.push(service, ...sameAgency);
    for (const s of sameAgency) left.splice(left.indexOf(s), 1);
    here = service.at;
  }
  return [...ordered, ...unplaced];
}

/** The whole plan for the ids in a plan address. */
export function buildPlan(ids: string[], catalog: PlanCatalog): VisitPlan {
  const known = ids.flatMap((id) => catalog.services[id] ?? []);
  const services = walkingOrder(known, catalog.entrance);
  const paid = services.filter((s) => s.fee.status === 'berbayar');
  const fixed = paid.filter((s) => s.fee.amount !== undefined);
  return {
    services,
    unknown: ids.filter((id) => !catalog.services[id]),
    checklist: mergeRequirements(services),
    fees: {
      free: services.filter((s) => s.fee.status === 'gratis'),
      fixed,
      knownTotal: fixed.reduce((sum, s) => sum + (s.fee.amount ?? 0), 0),
      variable: paid.filter((s) => s.fee.amount === undefined),
      unconfirmed: services.filter((s) => s.fee.status === 'belum-dikonfirmasi'),
    },
  };
}
