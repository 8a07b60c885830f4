/**
 * A service status notice — blanks run out, the network is down, a counter is closed, a service
 * has moved — shown on the guides and agency pages it concerns from its first day to its last:
 * `content/notices/<id>.mdx`. Five fields are enough to post one (which services or agencies,
 * kind, message, start; the end and what to do instead when known), so the communications team
 * can publish it in a minute.
 */
import { z } from 'astro/zod';
import { type AgencyRef, calendarDate, draftFlag, label, type ServiceRef } from './parts';

export const NOTICE_KINDS = [
  'blangko-habis',
  'gangguan-sistem',
  'loket-tutup',
  'pindah-lokasi',
  'layanan-dialihkan',
  'lainnya',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const noticeSchema = <A extends z.ZodType, S extends z.ZodType>({
  agency,
  service,
}: AgencyRef<A> & ServiceRef<S>) =>
  z
    .strictObject({
      services: z
        .array(service().meta(label('Layanan')))
        .default([])
        .meta(label('Layanan yang terdampak'))
        .describe('Layanan yang terdampak. Kosongkan bila seluruh layanan instansi di bawah ini terdampak'),
      agencies: z
        .array(agency().meta(label('Instansi')))
        .default([])
        .meta(label('Instansi yang terdampak'))
        .describe('Instansi yang seluruh layanannya terdampak, misalnya saat jaringan instansi itu terputus'),
      kind: z
        .enum(NOTICE_KINDS)
        .meta({
          ...label('Jenis'),
          optionLabels: {
            'blangko-habis': 'Blangko habis',
            'gangguan-sistem': 'Gangguan sistem',
            'loket-tutup': 'Loket tutup',
            'pindah-lokasi': 'Pindah lokasi',
            'layanan-dialihkan': 'Layanan dialihkan',
            lainnya: 'Lainnya',
          },
        })
        .describe('Jenis pemberitahuan'),
      message: z
        .string()
        .min(10)
        .max(300)
        .meta({ ...label('Pesan'), multiline: true })
        .describe(
          'Apa yang terjadi, dalam satu-dua kalimat, misalnya "Blangko KTP-el habis; perekaman tetap dilayani"',
        ),
      start: calendarDate
        .meta(label('Berlaku mulai'))
        .describe('Tanggal mulai tampil di situs. Tanggal yang akan datang membuat pemberitahuan terbit pada hari itu'),
      end: calendarDate
        .optional()
        .meta(label('Berlaku sampai'))
        .describe('Hari terakhir pemberitahuan berlaku. Kosongkan bila belum diketahui; isi begitu layanan pulih'),
      instead: z
        .string()
        .min(5)
        .max(300)
        .optional()
        .meta({ ...label('Yang bisa dilakukan warga'), multiline: true })
        .describe(
          'Yang bisa dilakukan warga sementara itu, misalnya "Perekaman tetap bisa; KTP-el dicetak setelah blangko tersedia"',
        ),
      draft: draftFlag,
    })
    .refine((n) => n.services.length + n.agencies.length > 0, {
      message: 'Pilih minimal satu layanan atau instansi yang terdampak',
      path: ['services'],
    })
    .refine((n) => !n.end || n.end >= n.start, {
      message: 'Tanggal berakhir harus sama dengan atau setelah tanggal mulai',
      path: ['end'],
    });
