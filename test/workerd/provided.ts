// What the workerd project's global setup (test/mock/workerd-global-setup.ts, run in Node)
// hands to the tests running inside workerd.
declare module 'vitest' {
  export interface ProvidedContext {
    mockUpstreamUrl: string;
    abortProbeUrl: string;
  }
}

export {};
