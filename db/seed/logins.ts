import type { Role } from "../schema/enums";

/** The demo logins the README prints; one per role, plus every attending agency head. The second regency's use the same password. */
export const DEMO_PASSWORD = "sinjai2025";

export interface DemoLogin {
  email: string;
  name: string;
  position: string;
  role: Role;
  agencyCode: string | null;
}

export const demoLogins: DemoLogin[] = [
  { email: "admin@sinjai.demo", name: "Admin Kawal", position: "Pengelola Sistem", role: "admin", agencyCode: "SETDA" },
  // Illustrative: the article does not name the minute-taker of the Sekda office.
  { email: "sekretariat@sinjai.demo", name: "Nurhayati", position: "Analis Kebijakan, Bagian Pemerintahan", role: "secretariat", agencyCode: "SETDA" },
  { email: "bpjs@sinjai.demo", name: "Andi Nurisma", position: "Kepala BPJS Ketenagakerjaan Cabang Sinjai", role: "reviewer", agencyCode: "BPJSTK" },
  { email: "sekda@sinjai.demo", name: "Andi Jefrianto Asapa", position: "Sekretaris Daerah Kabupaten Sinjai", role: "viewer", agencyCode: "SETDA" },
  { email: "bkad@sinjai.demo", name: "Andi Ilham Abubakar", position: "Plt. Kepala BKAD", role: "agency_head", agencyCode: "BKAD" },
  { email: "pmd@sinjai.demo", name: "Yuhadi Samad", position: "Kepala Dinas PMD", role: "agency_head", agencyCode: "DPMD" },
  { email: "bappeda@sinjai.demo", name: "Haerani Dahlah", position: "Kepala Bappeda", role: "agency_head", agencyCode: "BAPPEDA" },
  {
    email: "koperasi@sinjai.demo",
    name: "H. Ramlan Hamid",
    position: "Kepala Dinas Koperasi, UKM dan Tenaga Kerja",
    role: "agency_head",
    agencyCode: "DISKOPUKMNAKER",
  },
  { email: "kesra@sinjai.demo", name: "Hj. Kamriah Yusuf", position: "Kepala Bagian Kesra", role: "agency_head", agencyCode: "KESRA" },
];

/** The second, illustrative regency's logins (db/seed/contoh.ts), at /r/contoh/. */
export const contohLogins: DemoLogin[] = [
  { email: "admin@contoh.demo", name: "Admin Contoh", position: "Pengelola Sistem", role: "admin", agencyCode: "SETDA" },
  { email: "sekretariat@contoh.demo", name: "Rina Contoh", position: "Analis Kebijakan, Bagian Pemerintahan", role: "secretariat", agencyCode: "SETDA" },
  { email: "bpjs@contoh.demo", name: "Budi Contoh", position: "Kepala BPJS Ketenagakerjaan Cabang Contoh", role: "reviewer", agencyCode: "BPJSTK" },
  { email: "dinsos@contoh.demo", name: "Sari Contoh", position: "Kepala Dinas Sosial", role: "agency_head", agencyCode: "DINSOS" },
  { email: "naker@contoh.demo", name: "Joko Contoh", position: "Kepala Dinas Tenaga Kerja", role: "agency_head", agencyCode: "DISNAKER" },
];

/**
 * The people above the regencies (db/seed/region.ts), in the illustrative region tenant
 * "sulsel", at /r/sulsel/: a province viewer (Sinjai and Kabupaten Contoh), a BPJS regional
 * reviewer (both) and the platform admin. Same password as the regencies' logins.
 */
export const regionLogins: DemoLogin[] = [
  {
    email: "provinsi@sulsel.demo",
    name: "Pemantau Provinsi (ilustrasi)",
    position: "Biro Pemerintahan, Provinsi Sulawesi Selatan",
    role: "province_viewer",
    agencyCode: null,
  },
  {
    email: "bpjs.wilayah@sulsel.demo",
    name: "Pemeriksa Wilayah (ilustrasi)",
    position: "BPJS Ketenagakerjaan Kantor Wilayah Sulawesi Maluku",
    role: "regional_reviewer",
    agencyCode: null,
  },
  { email: "platform@kawal.demo", name: "Admin Platform", position: "Pengelola Platform Kawal", role: "platform_admin", agencyCode: null },
];
