/** Kept equal to package.json's version by test/unit/app-info.test.ts. */
export const APP_NAME = 'ÖJ-analys';
export const APP_VERSION = '0.1.0';
