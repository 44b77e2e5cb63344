// Byte-level checks for DevStats export files: size limit and text encoding (UTF-8 with or without BOM, UTF-16 LE/BE).

/** Largest single export accepted (real exports are a few MB; the biggest sample file is ~1 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Decode file bytes to text: UTF-16 by BOM (or by NUL pattern), else strict UTF-8. Returns an error message on invalid bytes. */
export function decodeText(buf: Buffer): { text: string; encoding: string } | { error: string; line: number } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(buf.subarray(2)), encoding: "UTF-16LE" };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(buf.subarray(2)), encoding: "UTF-16BE" };
  if (buf.length >= 4 && buf[0] !== 0 && buf[1] === 0 && buf[2] !== 0 && buf[3] === 0) return { text: new TextDecoder("utf-16le").decode(buf), encoding: "UTF-16LE" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: "UTF-8" };
  } catch {
    const text = new TextDecoder("utf-8").decode(buf);
    const bad = text.indexOf("\ufffd");
    return { error: "not valid UTF-8 or UTF-16 text (save the export as UTF-8)", line: text.slice(0, Math.max(bad, 0)).split("\n").length };
  }
}
