import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseImportFile } from '../shared/import/import-file';
import { formatImportReport } from '../shared/import/import-report';
for (const f of process.argv.slice(2)) {
  try {
    const p = await parseImportFile(path.basename(f), readFileSync(f));
    console.log(formatImportReport(p.report).split('\n').slice(0, 8).join('\n'));
    for (const i of p.indicators.slice(0, 3)) console.log('   ind:', i.year, i.kind, i.title.slice(0, 120));
  } catch (e) { console.log('REFUSED', f, (e as Error).message); }
}
