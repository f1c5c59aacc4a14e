import { createTestUsta, type TestUsta } from '../../apps/server/test/harness.ts';

/** A listening Usta with the demo company on a fresh database, serving the built web app. */
export async function startListeningUsta(): Promise<TestUsta & { baseUrl: string }> {
  const usta = await createTestUsta({ listen: true });
  return { ...usta, baseUrl: usta.url.replace('0.0.0.0', '127.0.0.1') };
}
