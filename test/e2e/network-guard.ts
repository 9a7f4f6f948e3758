import { expect } from 'vitest';
import { isLocal } from './harness';

/** Fail with the offending URLs when anything left localhost. */
export function expectNoRemoteRequests(requests: readonly string[]): void {
  const remote = requests.filter((url) => !isLocal(url));
  expect(remote, `requests that left localhost:\n${remote.join('\n')}`).toEqual([]);
}
