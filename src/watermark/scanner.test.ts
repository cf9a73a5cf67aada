import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultClassIndex } from './class-index.ts';
import { render } from './render.ts';
import { createScanner, type Decide } from './scanner.ts';

const index = defaultClassIndex();
/** The harshest decision: every slot moves to another variant. */
const flip: Decide = (s) => (s.variant + 1) % s.cls.variants.length;
const keep: Decide = (s) => s.variant;
const run = (text: string, decide: Decide = flip) => {
  const s = createScanner(index, decide);
  return s.push(text) + s.flush();
};
const streamed = (parts: string[], decide: Decide = flip) => {
  const s = createScanner(index, decide);
  return parts.map((p) => s.push(p)).join('') + s.flush();
};

describe('what the scanner rewrites', () => {
  it.each([
    ['For example, do not worry.', 'For instance, don’t worry.'.replace('’', "'")],
    ['It is nearly 50% done; they are 3 times faster.', "It's almost 50% done; they're 3 times faster."],
    ['**In short**, it works. *Do not* stop.', "**In brief**, it works. *Don't* stop."],
    ['DO NOT SHOUT. Do Not Title.', "DON'T SHOUT. Don't Title."],
    ['It’s fine, but it is not.', 'It is fine, but it isn’t.'],
    ['1. First, open it.\n- Next, go.', '1. Firstly, open it.\n- After that, go.'],
    [
      'It takes roughly 40% less, even though it is late.',
      "It takes approximately 40% less, although it's late.",
    ],
    ['Tools such as Git. I like Git.', 'Tools like Git. I like Git.'],
  ])('%j', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    ['code fences', '```python\n# do not do this, for example\nx = 1  # it is a test\n```\n'],
    ['tilde fences', '~~~\nfor example, do not\n~~~\n'],
    ['inline code', 'Use `do not` and ``for example`` here'],
    ['indented code', '    for example, do not\n'],
    ['block quotes', '> For example, do not quote me.\n'],
    ['quoted speech', 'He said "do not go" and “for example”'],
    ['math', '$x$ and $$for example$$ and \\(do not\\) and \\[is not\\]'],
    ['URLs and paths', 'https://example.com/do-not/for example www.for.example.org C:\\Files\\for example'],
    ['HTML', '<code>do not</code>'],
    ['JSON with escaped quotes', '{"note": "do not touch \\"for example\\" ok", "x": "is not"}'],
    ['a/an before a class whose variants differ in article', 'An almost perfect, a nearly done, a huge deal'],
    ['a clause-final affirmative', 'Who you are matters. I am.'],
    ['a proper noun', 'Grey Goose'],
    ['negative questions', "Isn't it? Don't you think so? Can't we?"],
    ['emphasis a variant would lose', 'Do NOT delete it.'],
    ['a stressed verb after a fronted question word', 'I know how hard it is to learn and who you are.'],
    ['"has" read as "is"', "It's been a while; it's grown, and what's happened is that it's taken over."],
    ['an approximation without a number', 'roughly the same'],
    [
      'a fixed variant ("although slowly" must not become "even though slowly")',
      'It works, although slowly.',
    ],
  ])('leaves %s alone', (_, text) => {
    expect(run(text)).toBe(text);
  });

  it('keeps numbers and the rest of the line byte for byte', () => {
    const out = run('Almost 3.14159 of 1,024 items (nearly 42%) were not 0x1F.');
    expect(out).toContain('3.14159 of 1,024 items');
    expect(out).toContain('42%) were');
    expect(out).toContain('0x1F.');
  });

  it('renders case and apostrophe style', () => {
    expect(render("don't", 'Do not', '’')).toBe('Don’t');
    expect(render("don't", 'DO NOT', "'")).toBe("DON'T");
    expect(render('for instance', 'For Example', "'")).toBe('For Instance');
    expect(render('I am', "I'm", "'")).toBe('I am');
  });
});

// Random answers built from slot phrases, filler, Markdown, code, URLs and numbers.
const piece = fc.constantFrom(
  'For example, ',
  'do not ',
  "don't ",
  'it is a ',
  'you are ',
  'I am ',
  'in order to ',
  'toward ',
  'nearly ',
  'an almost ',
  'In short, ',
  'the model ',
  'answer. ',
  'we are\n',
  '\n```js\nfor example do not\n```\n',
  '`is not` ',
  '"do not go" ',
  'https://x.io/for example ',
  '42 ',
  '**Moreover**, ',
  '\n> do not\n',
  '\n    is not\n',
  '$is not$ ',
  'café ',
  '🚀 ',
  '\\"do not\\" ',
);
const doc = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const splits = (text: string) =>
  fc.array(fc.nat(text.length), { maxLength: 12 }).map((cuts) => {
    const at = [...new Set(cuts)].sort((a, b) => a - b);
    return [0, ...at].map((c, i) => text.slice(c, at[i] ?? text.length));
  });

describe('streaming', () => {
  it('gives the same output at any chunking', () => {
    fc.assert(
      fc.property(
        doc.chain((t) => fc.tuple(fc.constant(t), splits(t))),
        ([text, parts]) => {
          expect(streamed(parts)).toBe(run(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds back at most four words', () => {
    const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    fc.assert(
      fc.property(
        doc.chain((t) => fc.tuple(fc.constant(t), splits(t))),
        ([, parts]) => {
          // Without rewrites the output is a prefix of the input: the rest is what is held back.
          const s = createScanner(index, keep);
          let input = '';
          let output = '';
          for (const p of parts) {
            input += p;
            output += s.push(p);
            expect(input.startsWith(output)).toBe(true);
            expect(words(input.slice(output.length))).toBeLessThanOrEqual(4);
          }
          expect(output + s.flush()).toBe(input);
        },
      ),
      { numRuns: 300 },
    );
  });
});
