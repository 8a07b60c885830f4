/** Registers the previews of the collections residents see most: services, news, campaigns, booths. */
import type { ComponentType } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { boothPreview } from './booth';
import { campaignPreview } from './campaign';
import { newsPreview } from './news';
import { servicePreview } from './service';
import { h, type Markdown } from './shared';

export function registerPreviews(cms: CMS) {
  const MarkdownPreview = cms.getWidget('markdown')?.preview as unknown as ComponentType<Record<string, unknown>>;
  const markdown: Markdown = (props) =>
    h(MarkdownPreview, { ...props, resolveWidget: cms.resolveWidget, getRemarkPlugins: cms.getRemarkPlugins });
  const templates: Record<string, ComponentType<PreviewTemplateComponentProps>> = {
    services: servicePreview(markdown),
    news: newsPreview(markdown),
    campaigns: campaignPreview(markdown),
    booths: boothPreview(markdown),
  };
  for (const [collection, template] of Object.entries(templates)) cms.registerPreviewTemplate(collection, template);
}
