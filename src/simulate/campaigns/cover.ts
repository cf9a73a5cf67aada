import { chatThread } from '../populations/chat-users.ts';
import type { Rng } from '../rng.ts';
import { codeQuestion, howtoQuestion } from '../text/code.ts';
import type { Thread } from './hydra.ts';

/** Ordinary-looking requests a campaign mixes in so its accounts resemble customers. */
export function coverThread(rng: Rng, lang: 'en' | 'zh' | 'ru' | 'es'): Thread {
  const r = rng.next();
  if (r < 0.2)
    return { messages: [{ role: 'user', text: rng.chance(0.5) ? codeQuestion(rng) : howtoQuestion(rng) }] };
  return chatThread(rng, rng.chance(0.6) ? lang : 'en', 0.25);
}
