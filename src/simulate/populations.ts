import { agenticTrace } from './campaigns/agentic.ts';
import { censorshipAlt } from './campaigns/censorship.ts';
import { graderHarvest } from './campaigns/grader.ts';
import { broadImitation } from './campaigns/imitation.ts';
import { logprobHarvest } from './campaigns/logprob.ts';
import { reasoningExtraction } from './campaigns/reasoning.ts';
import { slowRamp } from './campaigns/slow-ramp.ts';
import { systemPromptExtraction } from './campaigns/system-prompt.ts';
import { trainingDataGen } from './campaigns/training-data.ts';
import type { Population } from './population.ts';
import { chatUsers } from './populations/chat-users.ts';
import { developers } from './populations/developers.ts';
import { essayGrader } from './populations/hard-negatives/essay-grader.ts';
import { evalHarness } from './populations/hard-negatives/eval-harness.ts';
import { stepwiseStudent } from './populations/hard-negatives/stepwise-student.ts';
import { classifier, summariser } from './populations/hard-negatives/summariser.ts';
import { ticketRouter } from './populations/hard-negatives/ticket-router.ts';
import { vpnUsers } from './populations/hard-negatives/vpn-users.ts';
import { ragApps } from './populations/rag-apps.ts';
import { historyAskers, students } from './populations/students.ts';
import { supportBots } from './populations/support-bots.ts';

/** Every population, in a fixed order (each draws from its own seeded stream, so order only sets id allocation). */
export const POPULATIONS: readonly Population[] = [
  chatUsers,
  developers,
  ragApps,
  supportBots,
  students,
  historyAskers,
  summariser,
  classifier,
  essayGrader,
  evalHarness,
  vpnUsers,
  stepwiseStudent,
  ticketRouter,
  reasoningExtraction,
  graderHarvest,
  censorshipAlt,
  agenticTrace,
  broadImitation,
  logprobHarvest,
  systemPromptExtraction,
  trainingDataGen,
  slowRamp,
];
