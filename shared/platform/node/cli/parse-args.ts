/** Tiny argv parser: `--flag value`, `--switch`, and positionals. No dependency needed. */
export type ParsedArgs = Readonly<{
  positionals: readonly string[];
  options: Readonly<Record<string, string | true>>;
}>;

const SWITCHES = new Set([
  'json',
  'csv',
  'demo',
  'help',
  'version',
  'h',
  'v',
  'accept-warnings',
  'reread',
  'latest',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = Object.create(null) as Record<
    string,
    string | true
  >;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--?([a-z][a-z-]*)(?:=(.*))?$/i.exec(arg);
    if (!match) {
      positionals.push(arg);
      continue;
    }
    const name = match[1]!;
    if (match[2] !== undefined) options[name] = match[2];
    else if (SWITCHES.has(name) || i + 1 >= argv.length) options[name] = true;
    else options[name] = argv[++i]!;
  }
  return { positionals, options };
}
