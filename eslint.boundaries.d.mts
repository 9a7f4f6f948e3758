// Types for the test that reads the lint layering (test/unit/boundaries/import-boundaries.test.ts).
export declare const COMMAND_TRANSPORT: readonly string[];
export declare const PENDING_COMMAND_MAP: readonly string[];
export declare const boundaryConfig: readonly unknown[];
export declare const SHARED_LAYERS: readonly (readonly string[])[];
export declare function forbiddenAbove(folder: string): string[];
export declare const RENDERER_LITERAL_TEXT: readonly unknown[];
export declare const MAIN_LITERAL_TEXT: readonly unknown[];
