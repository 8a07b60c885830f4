/**
 * Rules that span more than one content file, which a per-file schema cannot see: references
 * that point at nothing (or at a draft), categories that are not defined, booth codes used
 * twice, two booths in one slot at the same time, two agencies claiming one counter.
 * Each problem names the file and the field, so an editor knows where to look.
 */

export interface Ref {
  id: string;
}

export interface IntegrityEntry<T> {
  id: string;
  filePath?: string;
  data: T;
}

export interface IntegrityInput {
  agencies: IntegrityEntry<{ counters: string[] }>[];
  services: IntegrityEntry<{ agency: Ref; category: string; draft: boolean }>[];
  journeys: IntegrityEntry<{ steps: { service: Ref }[]; draft: boolean }>[];
  news: IntegrityEntry<{ relatedServices: Ref[]; draft: boolean }>[];
  booths: IntegrityEntry<{ code: string; category: string; slot: string; schedule: { start: Date; end: Date }[] }>[];
  campaigns: IntegrityEntry<{ relatedServices: Ref[]; draft: boolean }>[];
  /** Status notices name the services they concern (their agencies go in `agencyMentions`). */
  notices?: IntegrityEntry<{ services: Ref[]; draft: boolean }>[];
  /** Outreach days name the services they offer. */
  outreach?: IntegrityEntry<{ services: Ref[]; draft: boolean }>[];
  /** Settings that point at entries: the home page's featured services, the booth application
   * service, the visit page and the complaints page. */
  settings?: IntegrityEntry<{
    featuredServices: Ref[];
    boothApplication?: Ref;
    visitPage?: string;
    complaintsPage?: string;
    draft: boolean;
  }>[];
  /** Ids of the pages in content/pages/, for settings that name one. */
  pages?: IntegrityEntry<{ draft: boolean }>[];
  serviceCategories: string[];
  boothCategories: string[];
  /** Floor-plan slots booths may occupy; when absent, slots are not checked. */
  boothSlots?: string[];
  /** Counter numbers drawn on the floor plan; when given, every agency counter must be on it. */
  planCounters?: string[];
  /**
   * Agencies named by the accountability collections (a maklumat's issuer, an SKM result's unit):
   * each must exist in content/agencies/.
   */
  agencyMentions?: { entry: IntegrityEntry<unknown>; collection: string; field: string; agency: string }[];
  /** Facilities and the floor-plan area each is marked on, checked against `planAreas`. */
  facilities?: IntegrityEntry<{ area?: string }>[];
  /** Ids of every area drawn on the floor plan. */
  planAreas?: string[];
  /** In production a published entry may not point at a draft, which has no page. */
  production: boolean;
}

const where = (entry: IntegrityEntry<unknown>, collection: string) =>
  entry.filePath ?? `content/${collection}/${entry.id}.mdx`;

/** Every cross-entry problem found, as "file: field: message" lines; empty when all is well. */
export function checkIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const report = (entry: IntegrityEntry<unknown>, collection: string, field: string, message: string) =>
    problems.push(`${where(entry, collection)}: field "${field}": ${message}`);

  const agencyIds = new Set(input.agencies.map((a) => a.id));
  const services = new Map(input.services.map((s) => [s.id, s]));

  const checkServiceRef = (entry: IntegrityEntry<{ draft: boolean }>, collection: string, field: string, ref: Ref) => {
    const target = services.get(ref.id);
    if (!target) report(entry, collection, field, `layanan "${ref.id}" tidak ada di content/services/`);
    else if (input.production && target.data.draft && !entry.data.draft)
      report(entry, collection, field, `layanan "${ref.id}" masih draf sehingga tidak punya halaman`);
  };

  for (const service of input.services) {
    if (!agencyIds.has(service.data.agency.id))
      report(service, 'services', 'agency', `instansi "${service.data.agency.id}" tidak ada di content/agencies/`);
    if (!input.serviceCategories.includes(service.data.category))
      report(
        service,
        'services',
        'category',
        `kategori "${service.data.category}" tidak ada di content/settings/categories.yml`,
      );
  }
  for (const journey of input.journeys)
    journey.data.steps.forEach((step, i) => checkServiceRef(journey, 'journeys', `steps[${i}].service`, step.service));
  for (const item of input.news)
    item.data.relatedServices.forEach((ref, i) => checkServiceRef(item, 'news', `relatedServices[${i}]`, ref));
  for (const campaign of input.campaigns)
    campaign.data.relatedServices.forEach((ref, i) =>
      checkServiceRef(campaign, 'campaigns', `relatedServices[${i}]`, ref),
    );
  for (const notice of input.notices ?? [])
    notice.data.services.forEach((ref, i) => checkServiceRef(notice, 'notices', `services[${i}]`, ref));
  for (const day of input.outreach ?? [])
    day.data.services.forEach((ref, i) => checkServiceRef(day, 'outreach', `services[${i}]`, ref));
  const pages = new Map((input.pages ?? []).map((p) => [p.id, p]));
  for (const file of input.settings ?? []) {
    file.data.featuredServices.forEach((ref, i) => checkServiceRef(file, 'settings', `featuredServices[${i}]`, ref));
    if (file.data.boothApplication) checkServiceRef(file, 'settings', 'boothApplication', file.data.boothApplication);
    for (const field of ['visitPage', 'complaintsPage'] as const) {
      const id = file.data[field];
      if (id === undefined) continue;
      const page = pages.get(id);
      if (!page) report(file, 'settings', field, `halaman "${id}" tidak ada di content/pages/`);
      else if (input.production && page.data.draft)
        report(file, 'settings', field, `halaman "${id}" masih draf sehingga tidak punya halaman`);
    }
  }

  // A clash between two entries is reported on both, so that whichever one an editor opens
  // (or saves, in the CMS) names the other.
  for (const agency of input.agencies)
    for (const counter of agency.data.counters) {
      const other = input.agencies.find((a) => a.id !== agency.id && a.data.counters.includes(counter));
      if (other) report(agency, 'agencies', 'counters', `loket ${counter} sudah dipakai oleh "${other.id}"`);
    }

  if (input.planCounters)
    for (const agency of input.agencies)
      for (const counter of agency.data.counters)
        if (!input.planCounters.includes(counter))
          report(
            agency,
            'agencies',
            'counters',
            `loket ${counter} tidak ada di denah (content/settings/floorplan.yml)`,
          );

  for (const mention of input.agencyMentions ?? [])
    if (!agencyIds.has(mention.agency))
      report(
        mention.entry,
        mention.collection,
        mention.field,
        `instansi "${mention.agency}" tidak ada di content/agencies/`,
      );
  if (input.planAreas)
    for (const facility of input.facilities ?? []) {
      const area = facility.data.area;
      if (area !== undefined && !input.planAreas.includes(area))
        report(facility, 'facilities', 'area', `petak "${area}" tidak ada di denah (content/settings/floorplan.yml)`);
    }

  for (const booth of input.booths) {
    const { code, category, slot, schedule } = booth.data;
    const sameCode = input.booths.find((b) => b.id !== booth.id && b.data.code === code);
    if (sameCode) report(booth, 'booths', 'code', `kode gerai ${code} sudah dipakai oleh "${sameCode.id}"`);
    if (!input.boothCategories.includes(category))
      report(booth, 'booths', 'category', `kategori "${category}" tidak ada di content/settings/categories.yml`);
    if (input.boothSlots && !input.boothSlots.includes(slot))
      report(booth, 'booths', 'slot', `petak "${slot}" tidak ada di denah (content/settings/floorplan.yml)`);
    for (const other of input.booths) {
      if (other.id === booth.id || other.data.slot !== slot) continue;
      const overlap = schedule.some((a) => other.data.schedule.some((b) => a.start <= b.end && b.start <= a.end));
      if (overlap)
        report(booth, 'booths', 'schedule', `petak ${slot} sudah ditempati "${other.id}" pada periode yang sama`);
    }
  }
  return problems;
}
