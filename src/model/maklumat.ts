/**
 * A Maklumat Pelayanan (Permenpan RB 15/2014): the provider's written commitment to serve by its
 * Standar Pelayanan, published as text, not as a photo of the signed board. One file per
 * provider, `content/maklumat/<id>.mdx`; the body is the maklumat itself.
 */
import { z } from 'astro/zod';
import { type AgencyRef, calendarDate, draftFlag, label, sampleFlag } from './parts';

export const maklumatSchema = <A extends z.ZodType>({ agency }: AgencyRef<A>) =>
  z.strictObject({
    title: z
      .string()
      .min(5)
      .meta(label('Judul'))
      .describe('Judul maklumat, misalnya "Maklumat Pelayanan Mal Pelayanan Publik Kabupaten ..."'),
    agency: agency()
      .optional()
      .meta(label('Instansi'))
      .describe('Instansi yang menetapkan maklumat ini; kosongkan untuk maklumat MPP sebagai pengelola'),
    signatory: z
      .string()
      .min(3)
      .optional()
      .meta(label('Nama penanda tangan'))
      .describe('Nama pejabat yang menandatangani; kosongkan selama maklumat belum ditandatangani'),
    position: z
      .string()
      .min(3)
      .meta(label('Jabatan'))
      .describe('Jabatan penanda tangan, misalnya "Kepala DPMPTSP selaku pengelola MPP"'),
    signedOn: calendarDate
      .optional()
      .meta(label('Tanggal penetapan'))
      .describe('Tanggal maklumat ditandatangani; kosongkan bila belum'),
    order: z.number().int().min(0).default(100).meta(label('Urutan')).describe('Urutan tampil; angka kecil lebih dulu'),
    sample: sampleFlag,
    draft: draftFlag,
  });
