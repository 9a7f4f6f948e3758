import type { Db } from '../db/db';
import { rowsToArrowIpc } from '../db/arrow-ipc';
import { unitRow } from '../db/model-rows';
import { migrate } from '../db/schema';
import { COLUMNS } from '../db/table-columns';
import { referenceUnits } from '../reference/reference-units';

/** A fresh, empty workspace: the newest schema plus the reference units (riket, län, kommuner). */
export async function initNewWorkspace(db: Db): Promise<void> {
  await migrate(db);
  await db.insertArrowIpc('unit', rowsToArrowIpc(COLUMNS.unit, referenceUnits().map(unitRow)));
}
