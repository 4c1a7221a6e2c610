import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";

/** One member of a hand-built archive; `declaredSize` lets a test lie about the inflated size. */
export interface ZipPart {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  size: number;
  crc: number;
  declaredSize?: number;
}

export function deflated(name: string, content: Uint8Array | string): ZipPart {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, method: 8, data: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
}

/**
 * A worksheet whose XML is `megabytes` MB of blanks between valid tags, deflated to about a
 * thousandth of that without ever holding it: one self-contained megabyte of deflate blocks
 * (ending on a sync flush, so copies can follow each other) repeated.
 */
export function blankSheetBomb(name: string, megabytes: number): ZipPart {
  const head = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  const tail = new TextEncoder().encode("</sheetData></worksheet>");
  const megabyte = Buffer.alloc(1024 * 1024, 0x20);
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  const block = zlib.deflateRawSync(megabyte, sync);
  let crc = zlib.crc32(head);
  for (let i = 0; i < megabytes; i++) crc = zlib.crc32(megabyte, crc);
  crc = zlib.crc32(tail, crc);
  const data = Buffer.concat([zlib.deflateRawSync(head, sync), ...Array.from({ length: megabytes }, () => block), zlib.deflateRawSync(tail)]);
  return { name, method: 8, data, size: head.length + megabytes * megabyte.length + tail.length, crc };
}

/** Writes a ZIP archive (no ZIP64: parts and offsets stay under 4 GB). */
export function zipArchive(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const size = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a real one-sheet workbook written by exceljs, as a base to plant a bomb in. */
export async function workbookParts(rows: unknown[][]): Promise<ZipPart[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data");
  for (const row of rows) sheet.addRow(row);
  const files = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  return Object.entries(files).map(([name, bytes]) => deflated(name, bytes));
}

/** A workbook from `rows` with some parts replaced or added. */
export async function workbookWith(rows: unknown[][], replace: ZipPart[]): Promise<Uint8Array> {
  const names = new Set(replace.map((p) => p.name));
  return zipArchive([...(await workbookParts(rows)).filter((p) => !names.has(p.name)), ...replace]);
}

/**
 * The shared-string table of `parts` with distinct texts added after its own (so the sheet's
 * indexes still hold) until it has `count` items; `text(i)` writes the i-th added one.
 */
export function sharedStringsWith(parts: ZipPart[], count: number, text: (i: number) => string): ZipPart {
  const own = parts.find((p) => p.name === "xl/sharedStrings.xml");
  if (!own) throw new Error("the workbook has no shared strings");
  const xml = zlib.inflateRawSync(own.data).toString("utf8");
  const items = xml.match(/<si[ >/]/g)?.length ?? 0;
  const added = Array.from({ length: Math.max(0, count - items) }, (_, i) => `<si><t>${text(i)}</t></si>`).join("");
  return deflated(own.name, xml.replace("</sst>", `${added}</sst>`));
}
