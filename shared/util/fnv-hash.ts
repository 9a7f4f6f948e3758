/** FNV-1a over UTF-16 code units, 8 hex digits: a stable short id in Node and the browser, no crypto needed. */
export function fnvHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
