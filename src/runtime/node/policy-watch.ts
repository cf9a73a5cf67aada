import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Logger } from '../../gateway/deps.ts';
import { formatProblem, parsePolicy } from '../../policy/parse.ts';
import type { Policy } from '../../policy/schema.ts';

export async function loadPolicyFile(path: string): Promise<ReturnType<typeof parsePolicy>> {
  return parsePolicy(await readFile(path, 'utf8'), path);
}

export interface PolicyHolder {
  current(): Policy;
  /** Re-read the file now; resolves true when the new policy was accepted. */
  reload(): Promise<boolean>;
  close(): void;
}

/**
 * Hot reload: watch the file's directory (editors often replace a file by renaming over it),
 * re-read after a short debounce, swap only a policy that validates, and keep the last good one
 * otherwise, logging each problem as file:line:col.
 */
export function watchPolicy(path: string, initial: Policy, logger: Logger, debounceMs = 75): PolicyHolder {
  let current = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reload = async (): Promise<boolean> => {
    let result: Awaited<ReturnType<typeof loadPolicyFile>>;
    try {
      result = await loadPolicyFile(path);
    } catch (err) {
      logger.warn('policy reload failed; keeping the last good policy', { file: path, error: String(err) });
      return false;
    }
    if (!result.ok) {
      logger.warn('policy rejected; keeping the last good policy', {
        file: path,
        problems: result.problems.map(formatProblem),
      });
      return false;
    }
    current = result.policy;
    logger.info('policy reloaded', { file: path });
    return true;
  };
  let watcher: FSWatcher | undefined;
  try {
    const name = basename(path);
    watcher = watch(dirname(path), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    });
  } catch (err) {
    logger.warn('cannot watch the policy file; hot reload is off', { file: path, error: String(err) });
  }
  return {
    current: () => current,
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
