import { isPresenterHash } from './features/presentation/presenter-channel';
import { emptyWorkspaceFile } from './worker/empty-workspace';
import { startEngine } from './worker/start-engine';

// The engine (a 34 MB wasm module to fetch and compile in its worker) starts before the rest of the
// app is even loaded: this entry holds only what starting it needs, and the app (React, the views)
// comes as its own chunk meanwhile. Measured in `npm run bench` (Chromium cold start).
const firstEngine = isPresenterHash(location.hash) ? null : startEngine();
// A failure is shown by EngineProvider once it takes the promise; this only keeps it from counting as unhandled meanwhile.
firstEngine?.catch(() => undefined);
// The new workspace it starts with comes prebuilt: fetched meanwhile.
if (firstEngine) void emptyWorkspaceFile();

void import('./mount-app').then(({ mountApp }) => mountApp(firstEngine));
