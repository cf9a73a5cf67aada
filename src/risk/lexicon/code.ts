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
