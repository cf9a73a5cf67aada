/**
 * Everyday English requests: `ask` opens the conversation, `reply` stands in for the assistant's
 * earlier answer when a conversation continues, `follow` are natural next turns. Slots come from
 * `chatVars` in chat.ts.
 */
export interface ChatTemplate {
  ask: string;
  reply: string;
  follow: readonly string[];
}

export const CHAT_EN: readonly ChatTemplate[] = [
  {
    ask: '[[Can you|Could you|Please]] write a [[short|polite|friendly]] email to my [[landlord|building manager]] about the [[broken heater|leaking sink|mould in the bathroom]] in my flat? I [[reported it|mentioned it]] {{n}} days ago and nothing happened.',
    reply:
      'Subject: Follow-up on repair request\n\nHi,\n\nI wanted to follow up on the issue I reported {{n}} days ago. Could you let me know when someone can come by to take a look?\n\nThanks,\n{{name}}',
    follow: [
      'Make it a bit firmer, but still polite.',
      'Can you shorten it to three sentences?',
      'Add that I work from home so any weekday morning works.',
    ],
  },
  {
    ask: "[[I'm going to|We're visiting|Planning a trip to]] {{city}} for {{n}} days [[in April|next month|over a long weekend]]. [[What should I not miss?|Can you suggest an itinerary?|Any tips for food and neighbourhoods?]]",
    reply:
      'Here is a relaxed plan for {{n}} days in {{city}}: start with the old town on day one, keep a day for a market and a museum, and leave an afternoon free for wandering.',
    follow: [
      'We have a toddler with us, does that change anything?',
      'What about rainy-day options?',
      'Which area is best to stay in on a mid-range budget?',
    ],
  },
  {
    ask: '[[How do I|What is the best way to|Any advice on how to]] [[get a red wine stain out of a carpet|remove limescale from a kettle|clean a cast iron pan that has rust]]?',
    reply:
      'Act quickly if you can: blot rather than rub, use a mild solution first, and test anything stronger on a hidden spot before you use it.',
    follow: ['I only have vinegar and baking soda, will that work?', 'It has been there for a week already.'],
  },
  {
    ask: 'Explain [[compound interest|inflation|how vaccines train the immune system|why the sky is blue|what a mortgage offset account is|how noise-cancelling works]] [[like I am twelve|in simple terms|in a couple of paragraphs|without jargon]].',
    reply:
      'Think of it this way: a small effect repeated many times adds up. Here is the idea in plain words, with one everyday example.',
    follow: [
      'Can you give me a concrete example with numbers?',
      'What is a common misconception about it?',
      'ok and why does that matter for me?',
    ],
  },
  {
    ask: 'gift ideas for my [[dad|sister|partner|coworker who is leaving]] who [[loves cooking|is into cycling|reads a lot|just got a puppy]], budget around {{$price}}',
    reply:
      'A few ideas in that range: something practical they will use weekly, an experience rather than an object, and one small personal touch.',
    follow: ['Something less generic please', 'What could I get that arrives within two days?'],
  },
  {
    ask: 'Proofread this [[and fix the grammar|please, keep my tone|for a work chat]]: "{{sentence}}"',
    reply: 'Here is a cleaned-up version with the same tone, plus a note on the two changes I made.',
    follow: ['Make it sound less formal.', 'Why did you change the second part?'],
  },
  {
    ask: "[[What's|Whats]] a good [[beginner|3-day|home]] workout plan [[if I only have dumbbells|for someone who sits all day|to get back into running]]?",
    reply:
      'A simple weekly structure: three short strength sessions, two easy walks or runs, and one rest day; start lighter than you think.',
    follow: ['I have bad knees, what should I swap?', 'How long until I see results?'],
  },
  {
    ask: 'Should I buy the {{product}} from {{company}} or wait for a sale? [[It is|Currently]] {{$price}}.',
    reply:
      'It depends on how soon you need it. Prices for that kind of product usually dip around big sale events, but older models also drop when a new one launches.',
    follow: ['What specs should I actually care about?', 'Is a refurbished one a bad idea?'],
  },
  {
    ask: 'Write a [[short|funny|heartfelt]] [[toast|speech|card message]] for my [[best friend|brother|colleague]] {{name}} who is [[getting married|retiring|turning 40]].',
    reply:
      'Here is a warm, two-minute version you can read aloud, with space to add one personal story about {{name}}.',
    follow: ['Add a joke about how late they always are.', 'Make it half as long.'],
  },
  {
    ask: '[[Can you summarise|Summarise|tl;dr]] [[these meeting notes|this|what we agreed]]: {{notes}}',
    reply:
      'Summary: the team agreed on a date, one open question remains about the budget, and there are two follow-up actions.',
    follow: [
      'Turn it into a list of action items with owners.',
      'Write a short message to the team with this.',
    ],
  },
  {
    ask: 'My [[dog|puppy|rescue cat]] keeps [[pulling on the lead|scratching the sofa|barking at night]]. [[Any tips?|What should I do?|How do I stop this?]]',
    reply:
      'That is very common. Consistency matters more than any one trick: reward the behaviour you want, and give the energy somewhere else to go.',
    follow: ['We tried that for a week and it did not help.', 'Could it be a health issue?'],
  },
  {
    ask: 'How much should I tip on a {{$price}} [[bill|dinner|taxi ride]] in [[the US|Canada|Spain|Japan]]?',
    reply: 'Customs differ a lot by country; here is the usual range and what it comes to on your bill.',
    follow: ['What if the service was bad?'],
  },
  {
    ask: '[[Excel|Google Sheets]] formula to [[count cells in column B that contain "late"|sum column D only when column A says {{city}}|pull the first word out of A2]]?',
    reply: 'You can do that with one formula; here it is, with a note on how to fill it down.',
    follow: ['It gives me #VALUE!, what did I do wrong?', 'And if the sheet is in another tab?'],
  },
  {
    ask: 'Help me rewrite this resume bullet so it sounds stronger: "{{bullet}}"',
    reply: 'Lead with the result and a number if you have one; here are three versions to choose from.',
    follow: ['I do not have exact numbers, is that a problem?', 'Shorter please'],
  },
  {
    ask: '[[Tell|Write]] a [[short|calm]] bedtime story for a [[four|six]]-year-old about a [[fox who is afraid of the dark|little train that gets lost|cloud that wants to be a rainstorm]].',
    reply:
      'Once upon a time, at the edge of a quiet wood, there lived a small creature who had one big worry...',
    follow: ['Can it have a happier ending?', 'Make the main character a girl named {{name}}.'],
  },
  {
    ask: 'Recommend [[three|five|a few]] [[novels|non-fiction books|podcasts]] [[like The Martian|about the history of food|for someone getting into economics]].',
    reply: 'Here are some picks with one line on why each might suit you.',
    follow: ['Anything more recent?', 'Which one would you start with?'],
  },
  {
    ask: 'My [[monstera|fiddle leaf fig|basil plant]] has [[yellow leaves|brown tips|drooping stems]]. I water it [[once a week|every few days|when I remember]].',
    reply:
      'Yellowing often points to watering rhythm or light. Check the soil a few centimetres down before watering again.',
    follow: ['It sits next to a radiator, does that matter?'],
  },
  {
    ask: 'How do I [[politely decline|say no to]] [[a wedding invitation|extra work from my manager|a friend asking to borrow money]] without [[hurting feelings|burning bridges|sounding rude]]?',
    reply:
      'Keep it short, warm and clear; you do not owe a long explanation. Here are two ways to phrase it.',
    follow: ['What if they push back?'],
  },
  {
    ask: 'whats the difference between [[a Roth IRA and a traditional IRA|baking soda and baking powder|a virus and bacteria|weather and climate|an LLC and a sole proprietorship]]',
    reply:
      'The short version: they solve similar problems in different ways. Here is a side-by-side comparison.',
    follow: ['Which one would you pick in my situation: {{age}} years old?', 'thanks!'],
  },
  {
    ask: 'Translate "{{phrase}}" into [[Spanish|French|Italian|Japanese|German]] [[, casual|, formal please|]]',
    reply: 'Here is a natural way to say it, plus a more formal alternative.',
    follow: ['How would I pronounce that?'],
  },
  {
    ask: 'I have {{n}} people coming for dinner and one is [[vegan|gluten free|allergic to nuts]]. [[What can I cook that works for everyone?|Menu ideas?]]',
    reply:
      'A menu that suits everyone without anyone feeling singled out: a shared main, a couple of sides and a simple dessert.',
    follow: ['I only have one oven.', 'Give me a shopping list.'],
  },
];

export const SENTENCES_EN = [
  'me and him was going to send the report yesterday but the server were down',
  'i would of replied earlier but i didnt saw the message untill today',
  'Please find attach the document that you requested on last week',
  'we need to discuss about the budget before we can decide anything',
  'Their going to announce the results tomorow, so lets wait',
];
export const NOTES_EN = [
  'launch moved to the 14th; Priya owns the checklist; still no answer from legal about the banner text; budget review next Tue',
  'hiring: two offers out, one declined; onboarding doc needs updating; Omar to set up laptops; retro on Friday',
  'Q3 numbers up 4% but churn also up; marketing wants more for ads; Sam to draft a proposal by Thursday',
];
export const BULLETS_EN = [
  'Responsible for answering customer emails',
  'Helped with the migration of the website',
  'Worked on reports for the management team',
  'Did social media posts for the company',
];
export const PHRASES_EN = [
  'where is the nearest pharmacy?',
  'thank you for having us',
  'could we have the bill, please',
  'I am running ten minutes late',
  'happy birthday, I miss you',
];
