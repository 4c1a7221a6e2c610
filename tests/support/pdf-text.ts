import { execFile } from "node:child_process";

/**
 * The text of a PDF, through poppler's pdftotext (Debian/Ubuntu: poppler-utils), with runs of
 * white space made single spaces so that tests can look for phrases.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const text = await new Promise<string>((resolve, reject) => {
    const child = execFile("pdftotext", ["-enc", "UTF-8", "-", "-"], { maxBuffer: 32 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(pdf);
  });
  return text.replace(/\s+/g, " ");
}
