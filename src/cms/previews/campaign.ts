/** Preview of a campaign, laid out like `src/pages/kampanye/[id]/index.astro`. */
import { t } from '../../i18n/id';
import { Body, Page, dateText, h, read, readList, readText, type Markdown, type PreviewProps } from './shared';

export const campaignPreview = (markdown: Markdown) =>
  function CampaignPreview(props: PreviewProps) {
    const poster = read<{ src?: string; alt?: string }>(props, 'poster');
    const channels = readList<string>(props, 'channels').map(
      (c) => t.campaigns.channelLabels[c as keyof typeof t.campaigns.channelLabels] ?? c,
    );
    return Page(
      [
        h(
          'div',
          { className: 'rounded-lg bg-brand-800 p-6 text-white' },
          h('h1', null, readText(props, 'title')),
          h('p', { className: 'mt-3 text-xl font-semibold' }, readText(props, 'message')),
          h(
            'p',
            { className: 'mt-4' },
            h('span', { className: 'button button-secondary' }, readText(props, 'cta', 'label')),
          ),
        ),
        h(
          'p',
          { className: 'mt-4 text-muted' },
          `${t.campaigns.period}: ${dateText(read(props, 'start'))} – ${dateText(read(props, 'end'))}`,
        ),
        h('p', { className: 'mt-2 text-lg' }, readText(props, 'summary')),
        poster?.src &&
          h('img', {
            src: props.getAsset(poster.src)?.toString(),
            alt: poster.alt ?? '',
            className: 'mt-4 h-auto max-w-full rounded-md',
          }),
        Body(props, markdown),
        channels.length > 0 && h('p', { className: 'mt-6 text-sm' }, `${t.campaigns.channels}: ${channels.join(', ')}`),
        h('p', { className: 'mt-6 rounded-md bg-surface p-3' }, readText(props, 'shareText')),
      ],
      { 'data-preview': 'campaigns' },
    );
  };
