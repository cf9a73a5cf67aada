import type { TestProject } from 'vitest/node';
import '../workerd/provided.ts';
import { startAbortProbe } from './abort-probe.ts';
import { startMockUpstream } from './upstream.ts';

/**
 * Global setup of the `workerd` test project, run in Node: these servers cannot run inside
 * workerd (they are node:http), so they start here and their URLs are provided to the tests.
 */
export default async function setup(project: TestProject) {
  const mock = await startMockUpstream();
  const probe = await startAbortProbe();
  project.provide('mockUpstreamUrl', mock.url);
  project.provide('abortProbeUrl', probe.url);
  return async () => {
    await mock.close();
    await probe.close();
  };
}
