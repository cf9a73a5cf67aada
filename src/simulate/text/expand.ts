import type { Rng } from '../rng.ts';

/**
 * Tiny paraphrase engine for scaffolds: `[[a|b|c]]` picks one alternative (an empty
 * alternative drops the phrase), `{{slot}}` is filled from `vars` (`{{$slot}}` puts a dollar sign before the value). Alternatives may contain
 * slots but do not nest. Unknown slots are left as written so a typo shows in tests.
 */
export function expand(rng: Rng, template: string, vars: Readonly<Record<string, string>> = {}): string {
  const chosen = template.replace(/\[\[([^\]]*)\]\]/g, (_, body: string) => rng.pick(body.split('|')));
  return chosen.replace(/\{\{(\$?)(\w+)\}\}/g, (whole, dollar: string, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : `${dollar}${value}`;
  });
}

/** Numbered list in the style the prompt's language uses. */
export function numbered(items: readonly string[], style: 'dot' | 'paren' | 'dash' = 'dot'): string {
  return items
    .map((item, i) =>
      style === 'dash' ? `- ${item}` : style === 'paren' ? `${i + 1}) ${item}` : `${i + 1}. ${item}`,
    )
    .join('\n');
}
