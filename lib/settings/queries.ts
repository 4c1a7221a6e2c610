import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";

export interface Region {
  name: string;
  province: string;
  office: string;
}

const fallback: Region = { name: "Kabupaten Sinjai", province: "Sulawesi Selatan", office: "Sekretariat Daerah" };

/** The regency's name and the office that issues the minutes, as kept in settings. */
export async function getRegion(): Promise<Region> {
  const [row] = await getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, "region"));
  return { ...fallback, ...(row?.value as Partial<Region> | undefined) };
}
