/** Download headers that never let a browser sniff or render the file in place. */
export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
  const ascii = fileName.replace(/[^\w.-]+/g, "-");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
