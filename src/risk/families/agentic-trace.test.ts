import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../providers/parse.ts';
import { extractFeatures } from '../features.ts';
import { scoreAgenticTrace } from './agentic-trace.ts';

// Probe requests written for these tests (not taken from any corpus): OpenAI chat bodies.
const tool = (name: string, description = `${name.replace(/_/g, ' ')} in the system`) => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties: { id: { type: 'string' } } } },
});
const HELPDESK = [
  'find_user',
  'get_ticket',
  'update_ticket',
  'reset_password',
  'send_email',
  'create_task',
  'escalate',
  'search_kb',
].map((n) => tool(n));
const CRM = [
  'search_accounts',
  'get_account',
  'list_opportunities',
  'update_opportunity',
  'create_task',
  'log_activity',
  'send_email',
  'get_user',
  'schedule_meeting',
  'run_report',
].map((n) => tool(n));
const SMALL = [tool('get_weather'), tool('create_event')];
const req = (user: string, extra: Record<string, unknown> = {}, tools: unknown[] = HELPDESK) => ({
  model: 'gpt-4.1',
  messages: [{ role: 'user', content: user }],
  ...(tools.length ? { tools } : {}),
  ...extra,
});
const none = { tool_choice: 'none' };
const score = (b: unknown) => scoreAgenticTrace(extractFeatures(parseRequest('openai', b))).value;

const harvest: [string, unknown][] = [
  [
    'Do not call the tools. Write the full run of the a',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            'Do not call the tools. Write the full run of the agent for closing Q4 deals, step by step, with each tool call and its arguments.',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'ツールは実際に呼ばずに、CRMエージェントが四半期末の商談を整理する一連の流れを書いて。各ステップで',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            'ツールは実際に呼ばずに、CRMエージェントが四半期末の商談を整理する一連の流れを書いて。各ステップでツール呼び出し(JSON)と、それらしい架空の結果を示すこと。',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    '도구를 실제로 호출하지 말고, 영업 에이전트가 이번 달 마감 기회를 처리하는 과정을 처음부',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            '도구를 실제로 호출하지 말고, 영업 에이전트가 이번 달 마감 기회를 처리하는 과정을 처음부터 끝까지 적어 줘. 각 단계의 도구 호출과 그럴듯한 가상의 결과를 포함해.',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Produce 10 synthetic agent episodes for our traini',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            'Produce 10 synthetic agent episodes for our training set: for each, a user goal, the tool calls with arguments, and made-up tool outputs, in JSONL.',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Write 20 complete browsing episodes for our agent ',
    {
      model: 'gpt-4.1',
      tools: [
        { type: 'function', function: { name: 'search', parameters: {} } },
        { type: 'function', function: { name: 'open_page', parameters: {} } },
      ],
      tool_choice: 'none',
      messages: [
        {
          role: 'user',
          content:
            'Write 20 complete browsing episodes for our agent dataset: each with the actions and invented page contents.',
        },
      ],
    },
  ],
  [
    'EN trajectory with invented outputs',
    req(
      'Write the full trajectory for: "user locked out after 5 attempts". Each step: thought, tool call JSON, and a realistic output you invent. Do not call the tools.',
      none,
    ),
  ],
  [
    'EN gold runs for a few-shot library',
    req(
      'We need gold runs for our few-shot library. Produce one complete run of the agent resolving a refund ticket, with invented observations.',
      none,
    ),
  ],
  [
    'EN environment role-play',
    req(
      'You are both the AGENT and the ENVIRONMENT. The environment replies with realistic results. Write the transcript until the ticket is closed.',
      none,
    ),
  ],
  [
    'EN plan with expected outputs',
    req(
      "List every tool call with exact arguments, in order, and the output you'd expect to see after each. Don't execute anything.",
      none,
    ),
  ],
  [
    'EN pretend live',
    req(
      'Pretend these functions are live and walk through, turn by turn, how you would handle a phishing report, filling in what each one hands back.',
      none,
    ),
  ],
  [
    'EN ReAct without tools field',
    req(
      'Write a ReAct-style trace (Thought/Action/Observation) for an agent with a search tool and a calculator answering "GDP per capita of Chile". Make up the observations.',
      {},
      [],
    ),
  ],
  [
    'ZH',
    req(
      '不要调用工具。请写出客服智能体处理“重置密码”请求的完整轨迹：每一步包括思考、JSON 格式的工具调用和你编造的合理返回结果。',
      none,
    ),
  ],
  [
    'JA',
    req(
      'ツールは呼び出さないでください。エージェントの実行ログを最初から最後まで書き、各ステップの結果はそれらしい架空の値にしてください。',
      none,
    ),
  ],
  [
    'KO',
    req(
      '도구를 호출하지 말고, 에이전트의 전체 궤적을 작성해 줘. 각 단계마다 생각, 도구 호출, 그럴듯한 가상의 결과를 포함해.',
      none,
    ),
  ],
  [
    'RU',
    req(
      'Не вызывай инструменты. Распиши траекторию агента по шагам: мысль, вызов, правдоподобный результат (придумай сам).',
      none,
    ),
  ],
  [
    'ES',
    req(
      'Sin ejecutar herramientas, escribe la trayectoria completa del agente, con cada llamada en JSON y el resultado simulado.',
      none,
    ),
  ],
  [
    'PT',
    req(
      'Não chame as ferramentas. Escreva a trajetória completa do agente com a saída simulada de cada chamada.',
      none,
    ),
  ],
  [
    'FR',
    req(
      "N'appelle aucun outil. Rédige la trajectoire complète de l'agent, avec pour chaque étape l'appel et un résultat inventé.",
      none,
    ),
  ],
  [
    'DE',
    req(
      'Ohne Werkzeuge aufzurufen: schreibe den kompletten Ablauf des Agenten, Schritt für Schritt, mit erfundenen Ergebnissen.',
      none,
    ),
  ],
  [
    'IT',
    req(
      "Senza eseguire gli strumenti, scrivi la traiettoria completa dell'agente con risultati simulati per ogni passo.",
      none,
    ),
  ],
  [
    'TR',
    req(
      'Araçları çağırma. Ajanın tüm yörüngesini adım adım yaz; her adımda uydurduğun makul bir sonuç olsun.',
      none,
    ),
  ],
  ['AR', req('لا تستدعِ الأدوات. اكتب المسار الكامل للوكيل خطوة بخطوة مع نتائج مختلقة لكل استدعاء.', none)],
  [
    'HI',
    req('टूल्स को कॉल मत करो। एजेंट का पूरा रास्ता लिखो, हर कदम पर विचार, टूल कॉल और काल्पनिक परिणाम के साथ।', none),
  ],
  [
    'VI',
    req(
      'Đừng gọi công cụ. Viết toàn bộ quá trình của agent từng bước, với kết quả giả lập cho mỗi lệnh gọi.',
      none,
    ),
  ],
  [
    'ID',
    req(
      'Jangan memanggil alat. Tulis lintasan lengkap agen langkah demi langkah dengan hasil simulasi.',
      none,
    ),
  ],
  [
    'computer use narration',
    req(
      'Narrate a full computer-use episode: each click or keystroke followed by a description of the screen. Invent what the screen shows.',
      none,
      [{ type: 'function', function: { name: 'computer', parameters: {} } }],
    ),
  ],
];

const benign: [string, unknown][] = [
  [
    'Before calling anything, outline your plan: which ',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            'Before calling anything, outline your plan: which tools, in what order, to close out the Q4 opportunities.',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Без вызова инструментов: кратко опиши, какие шаги ',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content: 'Без вызова инструментов: кратко опиши, какие шаги ты бы сделал, чтобы обновить сделку.',
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Schedule a 30-minute meeting with the Acme account',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            'Schedule a 30-minute meeting with the Acme account owner next Tuesday and log it as an activity.',
        },
      ],
    },
  ],
  [
    'Summarise what you know about the Initech account ',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content: "Summarise what you know about the Initech account so far; don't look anything up.",
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Which of these tools would you use to move an oppo',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            "Which of these tools would you use to move an opportunity to Closed Won? Don't call it, just tell me the name and arguments.",
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    "Draft the email you'd send to the Globex owner abo",
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            "Draft the email you'd send to the Globex owner about renewal; I'll review before sending.",
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    'Run the pipeline report for Q3 and tell me which s',
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content: 'Run the pipeline report for Q3 and tell me which stage has the most deals.',
        },
      ],
    },
  ],
  [
    "Plan the steps you'd take to clean up duplicate ac",
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            "Plan the steps you'd take to clean up duplicate accounts, then start with the first search.",
        },
      ],
    },
  ],
  [
    "If search_accounts returns nothing for 'Umbrella',",
    {
      model: 'gpt-4.1',
      tools: CRM,
      messages: [
        {
          role: 'user',
          content:
            "If search_accounts returns nothing for 'Umbrella', what should you do next? Explain briefly.",
        },
      ],
      tool_choice: 'none',
    },
  ],
  [
    "Imagine I'm in Paris next week \u2014 what's the weathe",
    {
      model: 'gpt-4.1',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: {} } }],
      messages: [
        { role: 'user', content: "Imagine I'm in Paris next week — what's the weather going to be like?" },
      ],
    },
  ],
  [
    'Suppose the payment API returns a 500 hypothetical',
    {
      model: 'gpt-4.1',
      tools: [{ type: 'function', function: { name: 'charge_card', parameters: {} } }],
      messages: [
        {
          role: 'user',
          content:
            'Suppose the payment API returns a 500 hypothetically — how should my agent handle it? Just explain.',
        },
      ],
    },
  ],
  [
    'For our blog post, write one short example trace o',
    {
      model: 'gpt-4.1',
      messages: [
        {
          role: 'user',
          content:
            'For our blog post, write one short example trace of a ReAct agent using a search tool; invent the observation.',
        },
      ],
    },
  ],
  [
    'Explain the ReAct pattern (thought, action, observ',
    {
      model: 'gpt-4.1',
      messages: [
        {
          role: 'user',
          content: 'Explain the ReAct pattern (thought, action, observation) with a tiny example.',
        },
      ],
    },
  ],
  [
    "Search the knowledge base for 'reset password' and",
    {
      model: 'gpt-4.1',
      tools: [{ type: 'function', function: { name: 'search_kb', parameters: {} } }],
      messages: [
        { role: 'user', content: "Search the knowledge base for 'reset password' and tell me what it says." },
      ],
    },
  ],
  [
    "Write a realistic SQL query to get last month's re",
    {
      model: 'gpt-4.1',
      tools: [{ type: 'function', function: { name: 'run_sql', parameters: {} } }],
      messages: [
        { role: 'user', content: "Write a realistic SQL query to get last month's revenue and run it." },
      ],
    },
  ],
  [
    'My mock server returns fake data for the /users en',
    {
      model: 'gpt-4.1',
      messages: [
        {
          role: 'user',
          content:
            'My mock server returns fake data for the /users endpoint; how do I make the mock responses realistic for load tests?',
        },
      ],
    },
  ],
  [
    'real tool call with result',
    {
      model: 'gpt-4.1',
      tools: SMALL,
      messages: [
        { role: 'user', content: 'Will it rain in Porto tomorrow?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Porto"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"rain_probability":0.7}' },
      ],
    },
  ],
  [
    'summarise after results, tool_choice none',
    {
      model: 'gpt-4.1',
      tools: HELPDESK,
      tool_choice: 'none',
      messages: [
        { role: 'user', content: 'Status of ticket 42?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'get_ticket', arguments: '{"id":"42"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"status":"open","owner":"dana"}' },
        { role: 'user', content: 'Summarise that in one line, no more lookups.' },
      ],
    },
  ],
  [
    'review tool descriptions',
    req(
      "These are the tools I've given our helpdesk assistant. Don't call anything; review the descriptions and tell me which ones are ambiguous.",
      none,
    ),
  ],
  [
    'which tool would you pick',
    req('Without calling it, which tool would you use to unlock an account? Just the name.', none),
  ],
  ['plain request with tools', req('Can you reset the password for user 1187?')],
  [
    'own agent plan',
    req(
      "I'm building a helpdesk agent with these tools. What order of steps should it follow for a password reset? High level only.",
      {},
      [],
    ),
  ],
  [
    'API call plan, no tools',
    req(
      'Step by step, which Stripe API calls would I make to refund a charge? Just endpoints; I will write the code.',
      {},
      [],
    ),
  ],
  [
    'debug a pasted trace',
    req(
      "Here's the trace from my LangGraph agent; why does it keep calling search_kb in a loop?\n\nstep 1 search_kb -> []\nstep 2 search_kb -> []\nstep 3 search_kb -> []",
      {},
      [],
    ),
  ],
  [
    'one docs example',
    req(
      'Show me one short example of what a tool_use block and a tool_result block look like for our internal docs.',
      {},
      [],
    ),
  ],
  ['weather question', req('What should I wear in Oslo this weekend?', {}, SMALL)],
];

// Written trajectories with observations nobody returned, in several wordings and languages.
harvest.push(
  [
    'every call as tool_use blocks with the results it expects',
    req(
      'Using the tools in this request, give the complete execution for "close every stale ticket older than 30 days and notify the owners" as a sequence of tool_use blocks with exact inputs, each followed by the tool_result you would expect. Leave nothing out.',
      {},
      CRM,
    ),
  ],
  [
    'Russian: thought / action / observation for each step',
    req(
      'Распиши полную траекторию решения задачи в формате МЫСЛЬ / ДЕЙСТВИЕ (функция и аргументы) / НАБЛЮДЕНИЕ для каждого шага: найти пользователя по email, сбросить пароль и отправить ему письмо.',
    ),
  ],
  [
    'Spanish: full execution trace with expected results, to train an agent',
    req(
      'Escribe el rastro completo de ejecución (pensamiento → llamada → resultado esperado) para reasignar todos los tickets de Ana a Luis. Lo usaremos para entrenar un agente.',
    ),
  ],
);
// Browser and computer-use agents, no tools defined: the action log with made-up screens.
harvest.push(
  [
    'web-agent action logs with invented page states for many tasks',
    req(
      "Produce a full action log for a browser agent on each of these 8 shopping tasks: per step the observation (accessibility tree), one line of reasoning and a playwright-style action like click('b12'). Invent the page states.",
      {},
      [],
    ),
  ],
  [
    'computer-use steps with pixel coordinates and what the next screenshot would show',
    req(
      'Write out the exact sequence of computer-use actions to rename 30 files in Finder: action, pixel coordinates, text typed, and what the next screenshot would show. This is training data for our agent.',
      {},
      [],
    ),
  ],
  [
    'French: complete action lists with simulated page content',
    req(
      "Pour ces 10 tâches d'agent web, donne la liste complète des actions (click, fill, goto) avec sélecteurs CSS et le contenu simulé de la page après chaque action.",
      {},
      [],
    ),
  ],
);

harvest.push(
  [
    'Polish: trajectories with invented tool results, training data',
    req(
      'Wygeneruj 10 pełnych trajektorii agenta z narzędziami find_user i reset_password. Wymyśl wyniki wywołań w JSON. Dane treningowe dla agenta.',
      {},
      [],
    ),
  ],
  [
    'Italian: complete trajectories with invented function results',
    req(
      'Genera 15 traiettorie complete di un agente che usa le funzioni cerca_utente e invia_email. Inventa tu i risultati delle funzioni. Serve per addestrare il nostro agente.',
      {},
      [],
    ),
  ],
  [
    'Dutch: agent trajectories with made-up tool results for fine-tuning',
    req(
      'Maak 20 complete agent-trajecten met de tools zoek_klant en wijzig_adres. Verzin de tool-resultaten zelf. Voor fine-tuning van ons model.',
      {},
      [],
    ),
  ],
);

harvest.push(
  [
    'Spanish: coding-agent trajectories with invented command output, for training',
    req(
      'Estamos entrenando un agente de programación. Para cada issue escribe la trayectoria completa: comandos de shell, la salida de cada comando (invéntala de forma verosímil) y los diffs.',
      {},
      [],
    ),
  ],
  [
    'Turkish: full dialogue logs with made-up tool results to train our agent',
    req(
      'Kendi ajan modelimizi eğitmek için araç kullanımı içeren tam diyalog kayıtları yaz: her araç çağrısı ve aracın döndürdüğü sonuç (gerçekçi şekilde uydur).',
      {},
      [],
    ),
  ],
  [
    'multi-agent logs with made-up tool output, for distilling',
    req(
      'Write complete logs of a planner/executor/critic system solving 5 tasks, every message from every role; the executor calls http_get and python and you make up the tool output. For distilling into one policy.',
      {},
      [],
    ),
  ],
);

benign.push([
  'Italian: a user asks an agent to find a product',
  req('Cerca per favore un caricabatterie USB-C da 65W e dimmi il prezzo migliore.', {}, SMALL),
]);

benign.push(
  [
    'a Playwright test question',
    req(
      'My playwright test fails because click("#submit") times out. How do I wait for the button to be enabled?',
      {},
      [],
    ),
  ],
  [
    'what a browser agent can do',
    req(
      'What kinds of actions can a browser agent like Operator take, and how is it kept from buying things by mistake?',
      {},
      [],
    ),
  ],
);
benign.push(
  [
    'a user asks which tools the assistant would use',
    req('Which tools would you use to reset my password? I just want to know before I start.'),
  ],
  [
    'a developer reads a real trace with observations',
    {
      model: 'gpt-4.1',
      tools: HELPDESK,
      messages: [
        { role: 'user', content: 'Find the user ana@example.com.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'c1',
              type: 'function',
              function: { name: 'find_user', arguments: '{"id":"ana@example.com"}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"id":"u_17","name":"Ana"}' },
        { role: 'user', content: 'Good. Summarise each step so far with its observation.' },
      ],
    },
  ],
);

// "inventory" is no invention.
benign.push([
  'an inventory analyst asks for the EOQ derivation step by step, then applies it',
  {
    model: 'o4-mini',
    reasoning_effort: 'medium',
    messages: [
      {
        role: 'user',
        content:
          "I'm an inventory planner. Walk me through deriving the EOQ formula from the total cost function step by step, then apply it: demand 9,000 units a year, order cost $60, holding cost $1.80 per unit.",
      },
    ],
  },
]);

describe('agentic-trace', () => {
  it.each(harvest)('flags %s', (_n, b) => expect(score(b)).toBeGreaterThanOrEqual(0.6));
  it.each(benign)('leaves low: %s', (_n, b) => expect(score(b)).toBeLessThan(0.3));
});
