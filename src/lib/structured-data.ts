/**
 * schema.org structured data (JSON-LD) for search engines and link previews, built from the
 * same content and hours data the pages show, so the two can never disagree.
 */
import type { DayHours } from './hours';
import { t } from '../i18n/id';

const DAY_NAMES: Record<DayHours['day'], string> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

type Json = Record<string, unknown>;

/** Opening hours as schema.org OpeningHoursSpecification, one per distinct time span. */
export function openingHoursSpecification(hours: DayHours[]): Json[] {
  const spans = new Map<string, string[]>();
  for (const h of hours)
    spans.set(`${h.open}-${h.close}`, [...(spans.get(`${h.open}-${h.close}`) ?? []), DAY_NAMES[h.day]]);
  return [...spans].map(([span, days]) => {
    const [opens, closes] = span.split('-');
    return { '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes };
  });
}

export interface OfficeInput {
  name: string;
  url: string;
  description: string;
  street: string;
  locality: string;
  region: string;
  hours: DayHours[];
  telephone?: string;
}

/** The MPP itself: a government office with its address and opening hours. */
export function governmentOffice(office: OfficeInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: office.name,
    url: office.url,
    description: office.description,
    address: {
      '@type': 'PostalAddress',
      streetAddress: office.street,
      addressLocality: office.locality,
      addressRegion: office.region,
      addressCountry: 'ID',
    },
    openingHoursSpecification: openingHoursSpecification(office.hours),
    ...(office.telephone ? { telephone: office.telephone } : {}),
  };
}

export interface ServiceInput {
  name: string;
  description: string;
  url: string;
  provider: { name: string; url: string };
  category?: string;
  areaServed: string;
  free: boolean;
  officeName: string;
}

/** A service guide as a GovernmentService with its provider, audience, area and cost. */
export function governmentService(service: ServiceInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.name,
    description: service.description,
    url: service.url,
    serviceType: service.category ?? service.name,
    provider: { '@type': 'GovernmentOrganization', name: service.provider.name, url: service.provider.url },
    areaServed: { '@type': 'AdministrativeArea', name: service.areaServed },
    audience: { '@type': 'Audience', audienceType: t.service.audience },
    availableChannel: {
      '@type': 'ServiceChannel',
      name: service.officeName,
      serviceLocation: { '@type': 'GovernmentOffice', name: service.officeName },
    },
    ...(service.free ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' } } : {}),
  };
}

/** Breadcrumbs as a BreadcrumbList; the last item is the page itself. */
export function breadcrumbList(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  datePublished: string;
  publisher: string;
  /** Absolute URL; search engines require an image for news. */
  image: string;
}

/** A news item as NewsArticle. */
export function newsArticle(article: ArticleInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: article.datePublished,
    dateModified: article.datePublished,
    author: { '@type': 'Organization', name: article.publisher },
    publisher: { '@type': 'Organization', name: article.publisher },
    image: [article.image],
  };
}

export interface AnnouncementInput {
  name: string;
  text: string;
  url: string;
  /** ISO 8601 times, in the MPP's zone. */
  datePosted: string;
  expires?: string;
  officeName: string;
  /** The guides the notice concerns. */
  about: { name: string; url: string }[];
}

/**
 * A service status notice as a SpecialAnnouncement, schema.org's type for a temporary change to
 * how a place or service works; `expires` only when the end is known.
 */
export function specialAnnouncement(notice: AnnouncementInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'SpecialAnnouncement',
    name: notice.name,
    text: notice.text,
    url: notice.url,
    datePosted: notice.datePosted,
    ...(notice.expires ? { expires: notice.expires } : {}),
    announcementLocation: { '@type': 'GovernmentOffice', name: notice.officeName },
    about: notice.about.map((s) => ({ '@type': 'GovernmentService', name: s.name, url: s.url })),
  };
}
