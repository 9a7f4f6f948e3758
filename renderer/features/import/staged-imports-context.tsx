import { createContext, useContext, type ReactNode } from 'react';
import { useStagedImports } from './use-staged-imports';

type StagedImports = ReturnType<typeof useStagedImports>;

const StagedImportsContext = createContext<StagedImports | null>(null);

/**
 * The files being read and waiting for the user's go belong to the window,
 * not to the Importera page: a user who looks at Översikt while a hundred
 * files are read comes back to all of them.
 */
export function StagedImportsProvider({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <StagedImportsContext.Provider value={useStagedImports()}>
      {children}
    </StagedImportsContext.Provider>
  );
}

export function useStagedImportsContext(): StagedImports {
  const value = useContext(StagedImportsContext);
  if (!value) throw new Error('useStagedImportsContext outside StagedImportsProvider');
  return value;
}
