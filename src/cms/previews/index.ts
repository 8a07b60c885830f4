/**
 * Registers a preview for every collection and every settings file. Decap picks an entry's
 * template by its collection's name, and a settings entry's by its file's name (`site`,
 * `categories` …), since the settings are one collection of several files.
 */
import type { ComponentType } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { CollectionName } from '../../model/collections';
import { agencyPreview } from './agency';
import { boothPreview } from './booth';
import { campaignPreview } from './campaign';
import { CategoriesPreview } from './categories';
import { ClosuresPreview } from './closures';
import { ComplaintReportPreview } from './complaint-report';
import { FacilityPreview } from './facility';
import { FloorplanPreview } from './floorplan';
import { journeyPreview } from './journey';
import { maklumatPreview } from './maklumat';
import { newsPreview } from './news';
import { NoticePreview } from './notice';
import { outreachPreview } from './outreach';
import { pagePreview } from './page';
import { servicePreview } from './service';
import { h, type Markdown } from './shared';
import { SitePreview } from './site';
import { skmPreview } from './skm';

export function registerPreviews(cms: CMS) {
  const MarkdownPreview = cms.getWidget('markdown')?.preview as unknown as ComponentType<Record<string, unknown>>;
  const markdown: Markdown = (props) =>
    h(MarkdownPreview, { ...props, resolveWidget: cms.resolveWidget, getRemarkPlugins: cms.getRemarkPlugins });
  // Keyed by the content model's names, so a collection added there without a preview is a type error.
  const templates: Record<CollectionName, ComponentType<PreviewTemplateComponentProps>> = {
    news: newsPreview(markdown),
    notices: NoticePreview,
    campaigns: campaignPreview(markdown),
    outreach: outreachPreview(markdown),
    services: servicePreview(markdown),
    agencies: agencyPreview(markdown),
    journeys: journeyPreview(markdown),
    booths: boothPreview(markdown),
    pages: pagePreview(markdown),
    maklumat: maklumatPreview(markdown),
    skm: skmPreview(markdown),
    complaintReports: ComplaintReportPreview,
    facilities: FacilityPreview,
    site: SitePreview,
    closures: ClosuresPreview,
    categories: CategoriesPreview,
    floorplan: FloorplanPreview,
  };
  for (const [name, template] of Object.entries(templates)) cms.registerPreviewTemplate(name, template);
}
