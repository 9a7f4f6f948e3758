/** Child process for the interrupted-save test: writes versions 1, 2, 3 … of a big file atomically, forever. */
import { writeFileAtomic } from '../../shared/platform/node/atomic-write';

const [target] = process.argv.slice(2);
for (let version = 1; ; version++) {
  const bytes = new Uint8Array(8 * 1024 * 1024).fill(version % 251);
  await writeFileAtomic(target!, bytes);
  process.stdout.write(`${version}\n`);
}
