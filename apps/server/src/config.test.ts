import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { StartupError } from './startup-error.ts';

describe('the database pool size', () => {
  it('is twice the cores plus one, between 4 and 10, unless set', () => {
    const cores = os.availableParallelism();
    expect(readConfig({}).databasePoolSize).toBe(Math.min(10, Math.max(4, 2 * cores + 1)));
    expect(readConfig({ USTA_DATABASE_POOL_SIZE: '24' }).databasePoolSize).toBe(24);
  });

  it.each(['1', '0', '-3', 'many', '2.5'])('refuses %s with the setting named', (value) => {
    expect(() => readConfig({ USTA_DATABASE_POOL_SIZE: value })).toThrow(StartupError);
    expect(() => readConfig({ USTA_DATABASE_POOL_SIZE: value })).toThrow(/USTA_DATABASE_POOL_SIZE/u);
  });
});
