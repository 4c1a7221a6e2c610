import { zipSync, type Zippable } from "fflate";
import { fromBufferPromise, type Entry } from "yauzl";
import { FieldError } from "@/lib/errors";

/**
 * An XLSX upload is a ZIP archive: a 600 kB file can inflate to 600 MB. These bounds are
 * checked on the central directory before anything is inflated.
 */
export const MAX_XLSX_EXPANDED_BYTES = 20 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 200;
/** Spreadsheet XML compresses 5 to 30 times; deflate cannot exceed about 1,030. */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
/**
 * Distinct texts in the shared-string table: exceljs keeps every one of them as a JS string while
 * the sheet is read, and 20 MB of short texts are about a million strings (some 65 MB of heap per
 * import). A realisation sheet of MAX_IMPORT_ROWS rows with a few columns of text needs far fewer.
 */
export const MAX_XLSX_SHARED_STRINGS = 50_000;
/** Below this size an entry cannot hurt, whatever its ratio (a styles file of blank cells compresses well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** The parts exceljs's streaming reader uses, in the order it needs them (strings and styles before the sheet). */
const WANTED = [/^xl\/_rels\/workbook\.xml\.rels$/, /^xl\/workbook\.xml$/, /^xl\/sharedStrings\.xml$/, /^xl\/styles\.xml$/, /^xl\/worksheets\/sheet\d+\.xml$/];

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

function sheetNumber(name: string): number {
  return Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Checks the declared sizes of an XLSX archive, then inflates only the parts needed to read its
 * first sheet, each stopped as soon as it grows past what the central directory declared
 * (yauzl's size validation), and returns them as a small stored archive for exceljs.
 * Refusals are FieldErrors on the file field; a damaged archive throws a plain Error.
 */
export async function boundedWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { validateEntrySizes: true });
  try {
    if (zip.entryCount > MAX_XLSX_ENTRIES) throw new FieldError("file", "importArchiveEntries", { max: MAX_XLSX_ENTRIES });
    const entries: Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > MAX_XLSX_EXPANDED_BYTES) throw new FieldError("file", "importArchiveTooLarge", { max: megabytes(MAX_XLSX_EXPANDED_BYTES) });
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > MAX_XLSX_COMPRESSION_RATIO * entry.compressedSize) {
        throw new FieldError("file", "importArchiveRatio");
      }
      if (WANTED.some((pattern) => pattern.test(entry.fileName))) entries.push(entry);
    }
    const sheets = entries.filter((e) => e.fileName.startsWith("xl/worksheets/")).sort((a, b) => sheetNumber(a.fileName) - sheetNumber(b.fileName));
    const parts = [...WANTED.slice(0, 4).flatMap((pattern) => entries.filter((e) => pattern.test(e.fileName))), ...sheets.slice(0, 1)];
    const files: Zippable = {};
    for (const entry of parts) {
      const part = await inflate(zip.openReadStreamPromise(entry));
      if (entry.fileName === "xl/sharedStrings.xml" && countSharedStrings(part) > MAX_XLSX_SHARED_STRINGS) {
        throw new FieldError("file", "importArchiveStrings", { max: MAX_XLSX_SHARED_STRINGS });
      }
      files[entry.fileName] = [part, { level: 0 }];
    }
    return zipSync(files);
  } finally {
    zip.close();
  }
}

/** The `<si>` items of a shared-string table (its declared count could lie). */
function countSharedStrings(xml: Uint8Array): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let n = 0;
  for (let at = bytes.indexOf("<si"); at >= 0; at = bytes.indexOf("<si", at + 3)) {
    const next = bytes[at + 3];
    if (next === 0x3e || next === 0x20 || next === 0x2f) n++; // "<si>", "<si ...", "<si/>"
  }
  return n;
}

async function inflate(opening: Promise<NodeJS.ReadableStream>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await opening) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
