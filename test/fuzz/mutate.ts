import { unzipSync, zipSync } from 'fflate';
import { seededRandom } from '../../shared/util/random';

export type Mutation = Readonly<{ name: string; bytes: Uint8Array }>;

/** Byte-level and zip-entry-level mutations of a valid file, deterministic for a seed. */
export function* mutations(original: Uint8Array, seed: number, count: number): Generator<Mutation> {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  let entries: Record<string, Uint8Array> | null = null;
  try {
    entries = unzipSync(original);
  } catch {
    entries = null;
  }
  for (let i = 0; i < count; i++) {
    const kind = pick(entries ? 7 : 4);
    const bytes = original.slice();
    switch (kind) {
      case 0: {
        for (let k = 0; k < 1 + pick(16); k++) bytes[pick(bytes.length)] = pick(256);
        yield { name: `${i}:flip-bytes`, bytes };
        break;
      }
      case 1:
        yield { name: `${i}:truncate`, bytes: bytes.subarray(0, pick(bytes.length)) };
        break;
      case 2: {
        const at = pick(bytes.length);
        const insert = Uint8Array.from({ length: 1 + pick(64) }, () => pick(256));
        const out = new Uint8Array(bytes.length + insert.length);
        out.set(bytes.subarray(0, at));
        out.set(insert, at);
        out.set(bytes.subarray(at), at + insert.length);
        yield { name: `${i}:insert`, bytes: out };
        break;
      }
      case 3: {
        const a = pick(bytes.length);
        const b = pick(bytes.length);
        yield { name: `${i}:splice`, bytes: bytes.subarray(Math.min(a, b), Math.max(a, b) + 1) };
        break;
      }
      default: {
        // Inside the zip: damage one XML part's text and repack, so the zip itself stays valid.
        const names = Object.keys(entries!);
        const target = names[pick(names.length)]!;
        const text = new TextDecoder().decode(entries![target]);
        const choices = [
          () => text.slice(0, pick(text.length)),
          () => text.replace(/<c /g, () => (random() < 0.05 ? '<c t="s" ' : '<c ')),
          () => text.replace(/>(\d+)</g, (m, d: string) => (random() < 0.1 ? `>${d}${d}${d}<` : m)),
          () => text.replace(/r="[A-Z]+\d+"/g, (m) => (random() < 0.05 ? 'r="XFD1048576"' : m)),
          () => text.replace(/<\/(\w+)>/, ''),
          () =>
            `<!DOCTYPE x [<!ENTITY a "${'A'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${text.replace(/<v>/, '<v>&b;')}`,
        ];
        const changed = choices[pick(choices.length)]!();
        yield {
          name: `${i}:entry:${target}`,
          bytes: zipSync({ ...entries!, [target]: new TextEncoder().encode(changed) }),
        };
      }
    }
  }
}
