import { splitCue } from './split-cue.ts';

/**
 * A programming question about the subject rather than a request for it: code that parses think
 * tags, a RewardTrainer error, a regex for a `system_prompt:` field. The families use it as
 * counter-evidence when their own evidence is only vocabulary.
 */

/** Reading or debugging files, data and errors: never an ask aimed at the model itself. */
export const CODE_ABOUT = splitCue(
  '(?<![a-z])(?:value|type|key|index|attribute|runtime|import|assertion|json(?:decode)?)error(?![a-z])',
  '(?<![a-z])traceback(?![a-z])',
  'stack ?trace',
  'regex (?:question|for|to)',
  'is (?:a )?regex (?:even )?the right tool',
  '(?:pull|extract|read|parse|load|get) (?:out )?(?:the )?(?:value|field|key|column)[^.\\n]{0,50}(?:yaml|json|toml|csv|config|\\.env|file|dataframe)',
  'what (?:format|schema|columns|fields|shape) does (?:it|the [a-z]+) expect',
);

/** Asking for code: write or fix a parser, function, script or test. */
export const CODE_TASK = splitCue(
  '(?<![a-z])(?:write|build|implement|fix|debug|refactor|port|optimi[sz]e) (?:me )?(?:a |an |the |some |my |our )?(?:[a-z-]+ ){0,3}?(?:parser|function|script|regex|class|module|program|snippet|unit tests?|pipeline|dataloader|collator|tokenizer)s?(?![a-z])',
);

/** A code block (or a traceback) and something wrong with it. */
const DEBUG_ASK =
  /what.s wrong|what is wrong|why (?:does|do|is|am i|isn.t|doesn.t|won.t)|fails? with|failing|throws?|raises?|doesn.t (?:work|converge|learn|train)|not working|(?<![a-z])bug(?![a-z])|how (?:do|can) i fix|error|worse than|relevant code|here.s (?:my|the) code|my code|crash\p{L}*|(?<![a-z])ooms?(?![a-z])|out of memory|exception|hangs?(?![a-z])|stuck|broken|returns? (?:nan|none|null|wrong)/u;

/**
 * The user asks for code or for help with their own code: write a parser or a script, or fix
 * the one in the code block. The answer is code, whatever the code is about.
 */
export function codeRequest(lastUser: string): boolean {
  // Read in the opening paragraph, the user's own ask: "Write SQL to find duplicates" as item 4
  // of a list to answer, or a prompt to rewrite, is data.
  // A quoted seed ("Seed instruction: \"Write a function that…\"") is data, not the ask.
  const ask = (lastUser.slice(0, 1200).split(OPENING_END)[0] ?? '').replace(QUOTED, '""');
  return (
    CODE_TASK.test(ask) || ((lastUser.includes('```') || CODE_ABOUT.test(lastUser)) && DEBUG_ASK.test(ask))
  );
}

const QUOTED = /"[^"\n]{0,300}"|“[^”\n]{0,300}”|'[^'\n]{8,300}'/gu;

/** Where the opening paragraph ends: a blank line, a list item, a label line or a code block. */
const OPENING_END = /\n\s*\n|\n\s*(?:[-*•]|\d{1,3}[.)]|#)\s|```/u;
