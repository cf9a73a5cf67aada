import type { TestProject } from 'vitest/node';
import '../workerd/provided.ts';
import { startMockUpstream } from './upstream.ts';

/**
 * Global setup of the `workerd` test project, run in Node: the mock upstream cannot run inside
 * workerd (it is a node:http server), so it starts here and its URL is provided to the tests.
 */
export default async function setup(project: TestProject) {
  const mock = await startMockUpstream();
  project.provide('mockUpstreamUrl', mock.url);
  return () => mock.close();
}
