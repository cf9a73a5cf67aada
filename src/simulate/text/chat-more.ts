import type { ChatTemplate } from './chat-en.ts';

/** Everyday requests in German, French, Portuguese and Japanese (same shape as CHAT_EN). */
export const CHAT_MORE: Readonly<Record<'de' | 'fr' | 'pt' | 'ja', readonly ChatTemplate[]>> = {
  de: [
    {
      ask: 'Kannst du mir helfen, eine [[höfliche|kurze]] E-Mail an meinen [[Vermieter|Chef]] zu schreiben? Es geht um [[die kaputte Heizung|einen Urlaubstag]].',
      reply: 'Hier ein kurzer, freundlicher Entwurf.',
      follow: ['Etwas förmlicher bitte'],
    },
    {
      ask: 'Was kann ich in {{city}} an {{n}} Tagen [[unternehmen|besichtigen]]?',
      reply: 'Ein entspannter Plan für {{n}} Tage in {{city}}.',
      follow: ['Und bei Regen?'],
    },
    {
      ask: 'Erklär mir [[Inflation|den Unterschied zwischen Wetter und Klima|wie eine Wärmepumpe funktioniert]] ganz einfach.',
      reply: 'Ganz einfach gesagt: …',
      follow: ['Mit einem Beispiel bitte'],
    },
    {
      ask: 'Rezeptidee mit [[Kartoffeln und Lauch|Linsen|Nudeln und Spinat]]?',
      reply: 'Ein schnelles Rezept in 25 Minuten.',
      follow: ['Vegan möglich?'],
    },
  ],
  fr: [
    {
      ask: 'Peux-tu m’aider à écrire un e-mail [[poli|court]] à mon [[propriétaire|responsable]] au sujet [[du chauffage en panne|d’un jour de congé]] ?',
      reply: 'Voici une proposition courte et courtoise.',
      follow: ['Plus formel, s’il te plaît'],
    },
    {
      ask: 'Que visiter à {{city}} en {{n}} jours ?',
      reply: 'Un programme tranquille pour {{n}} jours.',
      follow: ['Et s’il pleut ?'],
    },
    {
      ask: 'Explique-moi simplement [[l’inflation|comment marche un crédit immobilier|pourquoi le ciel est bleu]].',
      reply: 'Pour faire simple : …',
      follow: ['Avec un exemple chiffré ?'],
    },
    {
      ask: 'Idée de dîner avec [[des courgettes et du riz|des pois chiches|des restes de poulet]] ?',
      reply: 'Une recette rapide en vingt minutes.',
      follow: ['Sans four ?'],
    },
  ],
  pt: [
    {
      ask: 'Me ajuda a escrever um e-mail [[educado|curto]] para o meu [[chefe|senhorio]] sobre [[um dia de folga|o chuveiro quebrado]]?',
      reply: 'Aqui vai um rascunho curto e cordial.',
      follow: ['Mais formal, por favor'],
    },
    {
      ask: 'O que fazer em {{city}} em {{n}} dias?',
      reply: 'Um roteiro tranquilo para {{n}} dias.',
      follow: ['E se chover?'],
    },
    {
      ask: 'Explica de um jeito simples [[o que é inflação|como funciona um financiamento|por que temos estações do ano]].',
      reply: 'De forma simples: …',
      follow: ['Dá um exemplo com números?'],
    },
    {
      ask: 'Receita fácil com [[arroz e ovo|feijão|banana madura]]?',
      reply: 'Uma receita rápida, passo a passo.',
      follow: ['Sem forno?'],
    },
  ],
  ja: [
    {
      ask: '[[上司|大家さん]]に[[休暇の相談|エアコンの故障]]について丁寧なメールを書きたいです。手伝ってください。',
      reply: '丁寧で簡潔な文面の例です。',
      follow: ['もう少し短くしてください'],
    },
    {
      ask: '{{city}}に{{n}}日間行きます。おすすめの回り方は？',
      reply: '{{n}}日間のゆったりしたプランです。',
      follow: ['雨の日は？'],
    },
    {
      ask: '[[インフレ|住宅ローン|時差]]についてわかりやすく説明してください。',
      reply: '簡単に言うと……',
      follow: ['具体例をお願いします'],
    },
    {
      ask: '[[卵と豆腐|じゃがいも|残りご飯]]で作れる簡単な料理は？',
      reply: '15分でできる簡単なレシピです。',
      follow: ['油を控えめにしたいです'],
    },
  ],
};
