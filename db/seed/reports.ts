/**
 * ILLUSTRATIVE progress reports of the demo's finished actions: what the agency head wrote, the
 * figure reported and the evidence attached, before the action was marked done. The evidence is a
 * per-district recap whose rows add up to the figure, as a reviewer would check it.
 */
import { witaInstant } from "../../lib/i18n/dates";

export interface DemoReport {
  /** When the head reported, WITA; before the action was marked done. */
  at: Date;
  body: string;
  percent: number;
  evidence: { fileName: string; csv: string };
}

const districts = [
  "Sinjai Utara",
  "Sinjai Timur",
  "Sinjai Tengah",
  "Sinjai Selatan",
  "Sinjai Barat",
  "Sinjai Borong",
  "Bulupoddo",
  "Tellulimpoe",
  "Pulau Sembilan",
];

const recap = (header: string, counts: number[]) =>
  [header, ...districts.map((d, i) => `${d};${counts[i]}`), `Jumlah;${counts.reduce((a, b) => a + b, 0)}`].join("\n") + "\n";

/** Keyed by the action's title in demo.ts. */
export const demoReports: Record<string, DemoReport> = {
  "Sosialisasi kepesertaan kepada koperasi aktif": {
    at: witaInstant("2025-07-31", "14:00"),
    body: "Sosialisasi JKK dan JKM selesai di tiga zona kecamatan bersama BPJS Ketenagakerjaan Cabang Sinjai. Pengurus dan karyawan koperasi aktif yang didaftarkan: 640 orang; rekap per kecamatan terlampir.",
    percent: 100,
    evidence: { fileName: "rekap-pendaftaran-koperasi-juli-2025.csv", csv: recap("kecamatan;peserta_didaftarkan", [142, 88, 61, 79, 57, 41, 38, 96, 38]) },
  },
  "Edaran penggunaan Dana Desa untuk iuran aparat desa": {
    at: witaInstant("2025-07-31", "14:00"),
    body: "Surat edaran Bupati tentang penganggaran iuran aparat desa dalam APBDes ditandatangani dan dikirim ke seluruh desa. Aparat desa yang iurannya dianggarkan dan sudah didaftarkan: 600 orang; rekap per kecamatan terlampir.",
    percent: 100,
    evidence: { fileName: "rekap-aparat-desa-terdaftar-juli-2025.csv", csv: recap("kecamatan;aparat_desa_didaftarkan", [24, 90, 84, 90, 78, 64, 55, 85, 30]) },
  },
};
