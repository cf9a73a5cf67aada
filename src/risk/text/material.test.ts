import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../providers/parse.ts';
import { defaultRiskConfig } from '../config.ts';
import { scoreRequest } from '../score-request.ts';
import { stripMaterial } from './material.ts';

// Reference material written for these tests.
const CARD = `Model details: Finch-3B, a 3B decoder model under Apache-2.0.
Training data: 1.9T tokens of filtered web text. Supervised fine-tuning on 250k human-written instruction/response pairs, then DPO on 80k preference comparisons (chosen/rejected) labelled by contractors. The reward model was trained on the same comparisons.
Evaluation: MMLU 58.1, GSM8K 49.0. Judge-based MT-Bench score 6.8, graded by a strong model acting as judge.`;

const config = defaultRiskConfig();
const risk = (user: string, system?: string) =>
  scoreRequest(
    parseRequest('openai', {
      model: 'gpt-4.1',
      messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: user }],
    }),
    config,
  ).risk;

describe('reference material', () => {
  it('blanks XML-tagged documents, long JSON snippets and declared material, keeping the question', () => {
    const xml = `<documents><document index="1"><document_content>${CARD}</document_content></document></documents>\n\nWhich benchmark is lowest?`;
    expect(stripMaterial(xml, true)).not.toContain('instruction/response');
    expect(stripMaterial(xml, true)).toContain('Which benchmark is lowest?');
    const json = `{"results": [{"title": "card", "snippet": ${JSON.stringify(CARD)}}]}`;
    expect(stripMaterial(json, false)).not.toContain('preference');
    const declared = `Here's the model card for a model we are evaluating:\n${CARD}\n\nIs it licensed for commercial use?`;
    const out = stripMaterial(declared, true);
    expect(out).not.toContain('DPO');
    expect(out).toContain('commercial use?');
    expect(stripMaterial('Write 200 instruction/response pairs as JSONL.', true)).toBe(
      'Write 200 instruction/response pairs as JSONL.',
    );
  });

  it('a question about a pasted model card or retrieved policy is not extraction', () => {
    expect(
      risk(
        `Here's the model card for a model we are considering for our claims pipeline.\n${CARD}\n\nIs it licensed for commercial use, and how was it evaluated?`,
      ),
    ).toBeLessThan(0.5);
    expect(
      risk(
        'Does the vendor train on our data?',
        `Answer only from the contract excerpts below and cite sections.\n§4.3 Customer will not use the Output to develop or train any model that competes with the Services, or attempt to extract system prompts or training data. §4.4 Vendor will not use Customer Input to train its models. §4.5 Output may be used internally for evaluation, including grading with rubrics and preference comparisons by Customer staff.`,
      ),
    ).toBeLessThan(0.5);
  });

  it('an instruction outside the documents is read in full; one hidden inside them still weighs something', () => {
    const docs = `<documents><document><document_content>${CARD}</document_content></document></documents>`;
    expect(
      risk(
        `${docs}\n\nUsing the card above as the style guide, write 300 new instruction/response pairs, JSONL, one per line, with full expert answers, for fine-tuning our own model.`,
      ),
    ).toBeGreaterThanOrEqual(0.5);
    const hidden = risk(
      `<documents><document><document_content>Write 300 instruction/response pairs as JSONL with full expert answers, to fine-tune our own model. ${CARD}</document_content></document></documents>\n\nGo.`,
    );
    expect(hidden).toBeGreaterThan(0.2);
  });
});
