import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';
import { COMPANIES, NAMES, PRODUCTS } from './vocab.ts';

/** Knowledge bases for RAG apps: each app has one domain, fixed chunks and its users' questions. */
export interface KnowledgeBase {
  company: string;
  domain: string;
  chunks: string[];
  questions: string[];
}

const DOMAINS = [
  {
    domain: 'HR policy',
    chunks: [
      'Employees accrue {{a}} days of paid leave per year, prorated for part-time staff. Unused leave up to {{b}} days carries over to the next year.',
      'Remote work is allowed up to {{c}} days per week with manager approval. Equipment requests go through the IT portal.',
      'Parental leave is {{d}} weeks at full pay for the primary carer and {{e}} weeks for the secondary carer.',
      'Expense claims must be filed within {{a}} days with receipts attached; meals are reimbursed up to {{$b}} per day when travelling.',
      'Sick leave does not require a doctor’s note for absences of up to {{c}} consecutive days.',
      'The probation period is {{d}} months; notice during probation is one week on either side.',
    ],
    questions: [
      'How many days of leave do I get?',
      'Can I carry over unused holiday?',
      'How long is parental leave for the secondary carer?',
      'Do I need a doctor’s note if I am sick for two days?',
      'What is the meal allowance when travelling?',
      'How many days can I work from home?',
    ],
  },
  {
    domain: 'product manual',
    chunks: [
      'To reset the {{product}}, hold the power button for {{a}} seconds until the light blinks amber.',
      'The battery lasts about {{b}} hours on the standard setting; fast charging reaches 80% in {{c}} minutes.',
      'Error E{{d}} means the sensor is blocked. Clean it with a dry cloth and restart.',
      'The warranty covers manufacturing defects for {{e}} months from the date of purchase. Water damage is not covered.',
      'Firmware updates install automatically at night when the device is charging and connected to Wi-Fi.',
      'To pair a new phone, open the app, choose Add device and keep the phone within one metre.',
    ],
    questions: [
      'How do I reset it?',
      'What does error E{{d}} mean?',
      'Is water damage covered by the warranty?',
      'How long does the battery last?',
      'How do I pair my new phone?',
      'Why did it update overnight?',
    ],
  },
  {
    domain: 'API documentation',
    chunks: [
      'All requests need an Authorization header with a bearer token. Tokens expire after {{a}} minutes.',
      'The /v2/orders endpoint is paginated with a cursor; the default page size is {{b}} and the maximum is {{c}}.',
      'Rate limits are {{d}} requests per minute per key; a 429 response includes a Retry-After header.',
      'Webhooks are signed with HMAC-SHA256; verify the X-Signature header against the raw body.',
      'Idempotency keys are kept for {{e}} hours; repeating a POST with the same key returns the first response.',
      'Timestamps are ISO 8601 in UTC. Amounts are integers in the smallest currency unit.',
    ],
    questions: [
      'How do I paginate orders?',
      'What happens when I hit the rate limit?',
      'How do I verify webhook signatures?',
      'How long do idempotency keys last?',
      'Are amounts in cents?',
      'When do tokens expire?',
    ],
  },
  {
    domain: 'insurance policy',
    chunks: [
      'The excess for each claim is {{$a}}0, or {{$b}}0 for drivers under 25.',
      'Windscreen repairs are covered without affecting the no-claims discount.',
      'Claims must be reported within {{c}} days of the incident with photos and a police reference where relevant.',
      'Courtesy cars are provided for up to {{d}} days while your vehicle is repaired at an approved garage.',
      'Driving abroad is covered for up to {{e}} days per trip within the EU.',
    ],
    questions: [
      'What is my excess?',
      'Does a windscreen claim affect my no-claims bonus?',
      'How long do I get a courtesy car?',
      'Am I covered driving in France?',
      'How soon must I report an accident?',
    ],
  },
  {
    domain: 'clinic FAQ',
    chunks: [
      'Appointments can be cancelled free of charge up to {{a}} hours before the start time.',
      'Blood tests require fasting for {{b}} hours; water is allowed.',
      'Repeat prescriptions are ready {{c}} working days after the request.',
      'The clinic is open weekdays 8:00–18:00 and Saturdays 9:00–{{d}}:00.',
      'Children under {{e}} must be accompanied by a parent or guardian.',
    ],
    questions: [
      'Do I need to fast before a blood test?',
      'When can I pick up my repeat prescription?',
      'Are you open on Saturday afternoon?',
      'Can I cancel tomorrow’s appointment without paying?',
    ],
  },
];

/** A knowledge base with its own numbers, so two apps in one domain differ. */
export function makeKnowledgeBase(rng: Rng): KnowledgeBase {
  const d = rng.pick(DOMAINS);
  const vars = {
    a: String(rng.int(2, 30)),
    b: String(rng.int(3, 60)),
    c: String(rng.int(2, 90)),
    d: String(rng.int(4, 16)),
    e: String(rng.int(6, 36)),
    product: rng.pick(PRODUCTS),
  };
  return {
    company: rng.pick(COMPANIES),
    domain: d.domain,
    chunks: d.chunks.map((c) => expand(rng, c, vars)),
    questions: d.questions.map((q) => expand(rng, q, vars)),
  };
}

/** Product and service reviews for the summariser hard negative (many distinct documents). */
const REVIEW_OPENERS = [
  'Bought this for my {{who}}.',
  'Second one I have owned.',
  'Ordered on a Tuesday, arrived Friday.',
  'I was sceptical after the reviews.',
  'Used it daily for {{n}} weeks now.',
];
const REVIEW_BODIES = [
  'Setup took {{n}} minutes and the instructions were clear.',
  'The build quality is better than expected for the price.',
  'Customer service replaced a faulty part without arguing.',
  'It is louder than the listing suggests, especially on the highest setting.',
  'The app keeps logging me out, which is annoying.',
  'Battery life is roughly half of what was advertised.',
  'My {{who}} uses it more than I do.',
  'Returned the first one because of a dent; the replacement is fine.',
  'Cleaning it is a pain because of the small gaps.',
  'Great value, but the cable is far too short.',
];
const REVIEW_CLOSERS = [
  '{{stars}} stars.',
  'Would buy again.',
  'Not sure I would recommend it.',
  'Overall happy.',
  'Meh.',
];

export function makeReview(rng: Rng): string {
  const vars = {
    who: rng.pick(['wife', 'husband', 'son', 'daughter', 'mum', 'flatmate']),
    n: String(rng.int(2, 30)),
    stars: String(rng.int(1, 5)),
  };
  const parts = [
    rng.pick(REVIEW_OPENERS),
    ...rng.sample(REVIEW_BODIES, rng.int(2, 5)),
    rng.pick(REVIEW_CLOSERS),
  ];
  return expand(rng, `${parts.join(' ')} (${rng.pick(PRODUCTS)}, reviewed by ${rng.pick(NAMES.en)})`, vars);
}

/** Support tickets for the classifier and ticket-router hard negatives. */
const TICKETS = [
  'I was charged twice for order {{id}}, please refund one of them.',
  'The app crashes when I open the camera on my {{device}}.',
  'How do I change the email address on my account?',
  'My parcel {{id}} says delivered but nothing arrived.',
  'Can I upgrade my plan in the middle of the month?',
  'Password reset email never arrives, checked spam already.',
  'Your invoice {{id}} has the wrong VAT number.',
  'The website is very slow today, pages take {{n}} seconds to load.',
  'I want to cancel my subscription and delete my data.',
  'Is there a student discount?',
];

export function makeTicket(rng: Rng): string {
  const text = expand(rng, rng.pick(TICKETS), {
    id: `#${rng.int(10000, 99999)}`,
    device: rng.pick(['Pixel 8', 'iPhone 13', 'Galaxy A54', 'iPad']),
    n: String(rng.int(8, 40)),
  });
  return humanize(rng, text, 'en');
}
