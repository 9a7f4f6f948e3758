type SubtleLike = { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };

/**
 * SHA-256 as lowercase hex, through WebCrypto (present in Node ≥ 19, browsers
 * and workers). Reached through globalThis because shared/ has no DOM types.
 */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto saknas i den här miljön.');
  const digest = new Uint8Array(await subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
