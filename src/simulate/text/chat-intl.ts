import type { ChatTemplate } from './chat-en.ts';

/** Everyday requests in other languages (same shape as CHAT_EN). */
export const CHAT_INTL: Readonly<Record<'zh' | 'ru' | 'es', readonly ChatTemplate[]>> = {
  zh: [
    {
      ask: '[[帮我|请帮我|能不能帮我]]写一封[[请假|辞职|道歉]]邮件给我的[[领导|老师|客户]]，[[语气正式一点|简短一点|别太生硬]]。',
      reply: '好的，下面是一封简洁得体的邮件草稿，你可以根据实际情况修改日期和原因。',
      follow: ['再短一点', '改得更委婉一些', '加上我下周一可以补上工作'],
    },
    {
      ask: '[[五一|国庆|周末]]想去{{city}}玩{{n}}天，[[有什么推荐的行程|哪些地方值得去|住哪里比较方便]]？',
      reply: '{{n}}天的话可以这样安排：第一天逛老城区，第二天去周边景点，最后留半天吃小吃、买特产。',
      follow: ['带老人的话要注意什么？', '预算两千左右够吗？'],
    },
    {
      ask: '[[怎么|如何]]跟[[室友|同事|邻居]]沟通[[噪音|卫生|借钱不还]]的问题？[[不想闹僵|怕伤感情]]。',
      reply: '可以先找一个双方都放松的时间，用“我”的感受开头，而不是指责对方，然后一起商量一个具体的办法。',
      follow: ['如果对方不配合呢？'],
    },
    {
      ask: '用通俗的话解释一下[[什么是通货膨胀|区块链是什么|为什么会有时差|基金定投是什么意思]]',
      reply: '简单来说，可以用一个生活中的例子来理解：……',
      follow: ['能举个具体的数字例子吗？', '那对普通人有什么影响？'],
    },
    {
      ask: '我家[[猫|狗]]最近[[不爱吃饭|老是掉毛|晚上一直叫]]，[[怎么回事|正常吗|需要去医院吗]]？',
      reply: '这种情况有好几种可能，先观察精神状态和饮水情况，如果持续两三天没有好转，建议带去看兽医。',
      follow: ['它今年{{n}}岁了'],
    },
    {
      ask: '[[推荐几本|有没有好看的]][[科幻小说|历史书|理财入门书]]？',
      reply: '这里有几本口碑不错的，简单说一下各自的特点。',
      follow: ['有没有轻松一点的？'],
    },
    {
      ask: '帮我把这句话翻译成英文：“{{phrase}}”',
      reply: '可以这样说，比较自然，也可以用更正式的说法。',
      follow: ['口语一点怎么说？'],
    },
    {
      ask: '[[晚饭|今天中午]]吃什么？冰箱里只有[[鸡蛋、西红柿和土豆|豆腐和青菜|剩米饭和火腿]]',
      reply: '可以做一道简单的家常菜，十五分钟就能搞定，步骤如下。',
      follow: ['不想开火怎么办', '少油一点的做法'],
    },
    {
      ask: '给我朋友{{name}}写一段[[生日祝福|新婚祝福|升职祝贺]]，[[幽默一点|温馨一点|不要太长]]',
      reply: '祝{{name}}：新的一岁，愿你所求皆如愿，所行皆坦途！',
      follow: ['再来一个版本'],
    },
    {
      ask: '[[面试|答辩|年终汇报]]的时候[[紧张|说话没逻辑|容易卡壳]]怎么办？',
      reply: '提前把要点写成三条，每条准备一个具体例子，多练几遍开头两分钟，紧张感会少很多。',
      follow: ['还有别的建议吗'],
    },
  ],
  ru: [
    {
      ask: '[[Помоги|Помогите]] написать [[вежливое|короткое]] письмо [[арендодателю|начальнику|в управляющую компанию]] о том, что [[не работает отопление|течёт кран|сломался лифт]].',
      reply: 'Вот вариант письма: коротко, по делу и вежливо. Даты можно поправить.',
      follow: ['Сделай чуть строже', 'Добавь, что я уже звонил {{n}} раза'],
    },
    {
      ask: 'Еду в {{city}} на {{n}} дня. [[Что посмотреть?|Куда сходить поесть?|Как лучше спланировать маршрут?]]',
      reply: 'За {{n}} дня можно успеть главное: исторический центр, пару музеев и прогулку по набережной.',
      follow: ['А если будет дождь?', 'Что взять с собой?'],
    },
    {
      ask: 'Объясни простыми словами, [[что такое ключевая ставка|как работает ипотека|почему бывают северные сияния|что такое инфляция]]',
      reply: 'Если совсем просто: представьте себе обычную ситуацию из жизни…',
      follow: ['А можно пример с цифрами?', 'Как это влияет на меня?'],
    },
    {
      ask: 'Что [[подарить|можно подарить]] [[маме|коллеге|другу]] на [[день рождения|новоселье|Новый год]]? Бюджет до {{price}}00 рублей',
      reply: 'Несколько идей: что-то практичное, впечатление вместо вещи и небольшой личный сюрприз.',
      follow: ['Что-нибудь менее банальное'],
    },
    {
      ask: 'Исправь ошибки в тексте: «{{sentence}}»',
      reply: 'Вот исправленный вариант и пояснения к правкам.',
      follow: ['Почему там запятая?'],
    },
    {
      ask: 'У меня [[кот|собака]] [[постоянно грызёт провода|не ест уже день|боится пылесоса]]. Что делать?',
      reply:
        'Такое бывает часто. Сначала исключите проблемы со здоровьем, а потом попробуйте несколько простых шагов.',
      follow: ['Ему {{n}} лет'],
    },
    {
      ask: 'Посоветуй [[сериал|книгу|фильм]] [[на вечер|как «Шерлок»|про космос]]',
      reply: 'Вот несколько вариантов с коротким описанием, чтобы было проще выбрать.',
      follow: ['Что-нибудь посвежее?'],
    },
    {
      ask: 'Как [[вежливо отказать|сказать «нет»]] [[коллеге, который просит сделать его работу|родственникам, которые хотят приехать на месяц]]?',
      reply: 'Коротко, спокойно и без оправданий. Вот пара формулировок.',
      follow: ['А если обидятся?'],
    },
    {
      ask: 'Составь [[меню на неделю|список покупок|план тренировок]] [[для семьи из трёх человек|для новичка|без мяса]]',
      reply: 'Вот вариант на неделю, с повторяющимися ингредиентами, чтобы меньше выбрасывать.',
      follow: ['Подешевле можно?'],
    },
    {
      ask: 'Переведи на английский: «{{phrase}}»',
      reply: 'Естественный вариант перевода и более формальный.',
      follow: ['А как сказать неформально?'],
    },
  ],
  es: [
    {
      ask: '[[¿Me ayudas a|Ayúdame a|¿Puedes]] escribir un correo [[formal|breve|amable]] a mi [[jefe|casero|profesora]] para [[pedir un día libre|avisar de una avería|justificar una ausencia]]?',
      reply: 'Aquí tienes un borrador breve y cordial que puedes adaptar.',
      follow: ['Hazlo más corto', 'Añade que puedo recuperar las horas el viernes'],
    },
    {
      ask: 'Voy a {{city}} {{n}} días. [[¿Qué me recomiendas ver?|¿Dónde comer bien sin gastar mucho?|¿Cómo organizo el viaje?]]',
      reply:
        'Con {{n}} días puedes ver lo esencial: el casco antiguo, un mercado y algún mirador al atardecer.',
      follow: ['Viajo con niños', '¿Y si llueve?'],
    },
    {
      ask: 'Explícame [[qué es la inflación|cómo funciona una hipoteca|por qué existen las estaciones|qué es el interés compuesto]] [[de forma sencilla|como si tuviera diez años|en pocas palabras]]',
      reply: 'Piénsalo con un ejemplo cotidiano: …',
      follow: ['¿Me das un ejemplo con números?'],
    },
    {
      ask: '¿Qué le regalo a mi [[madre|pareja|compañero de trabajo]] que [[le encanta cocinar|hace senderismo|acaba de mudarse]]? Unos {{price}} euros',
      reply: 'Algunas ideas: algo práctico que use a menudo, una experiencia y un detalle personal.',
      follow: ['Algo más original'],
    },
    {
      ask: 'Corrige este texto: "{{sentence}}"',
      reply: 'Aquí está corregido, con una nota sobre cada cambio.',
      follow: ['¿Por qué cambiaste esa palabra?'],
    },
    {
      ask: 'Mi [[perro|gato]] [[no deja de ladrar|araña los muebles|no quiere comer]], ¿qué hago?',
      reply:
        'Es bastante común. Primero descarta un problema de salud y luego prueba con rutinas y refuerzo positivo.',
      follow: ['Tiene {{n}} años'],
    },
    {
      ask: 'Recomiéndame [[novelas|series|podcasts]] [[de misterio|sobre historia|para aprender inglés]]',
      reply: 'Aquí tienes algunas opciones con una línea sobre cada una.',
      follow: ['¿Algo más reciente?'],
    },
    {
      ask: '¿Cómo [[le digo que no|rechazo con educación]] a [[un amigo que me pide dinero|una invitación de boda|más trabajo]]?',
      reply: 'Sé breve, cálido y claro. Aquí tienes dos formas de decirlo.',
      follow: ['¿Y si insiste?'],
    },
    {
      ask: 'Traduce al inglés: "{{phrase}}"',
      reply: 'Una traducción natural y otra más formal.',
      follow: ['¿Y más coloquial?'],
    },
    {
      ask: '[[Receta|Idea]] para cenar con [[arroz, huevos y espinacas|garbanzos y verduras|lo que queda en la nevera]]',
      reply: 'Una receta rápida de veinte minutos, paso a paso.',
      follow: ['Sin horno, por favor'],
    },
  ],
};

export const SENTENCES_INTL: Readonly<Record<'ru' | 'es', readonly string[]>> = {
  ru: [
    'я вчера не смог прийти потомучто у меня заболела голова',
    'прошу рассмотреть мое заявление в не очереди',
    'мы встретимся в среду в не зависимости от погоды',
  ],
  es: [
    'ayer no pude ir por que tenia mucho trabajo',
    'haber si nos vemos el viernes',
    'te envío el documento que me pedistes ayer',
  ],
};
export const PHRASES_INTL: Readonly<Record<'zh' | 'ru' | 'es', readonly string[]>> = {
  zh: ['不好意思，我可能要晚到十分钟', '这个周末你有空一起吃饭吗', '谢谢你上次帮我搬家'],
  ru: ['извините, я опоздаю на десять минут', 'спасибо за тёплый приём', 'где здесь ближайшая аптека?'],
  es: [
    'perdona, llegaré diez minutos tarde',
    'gracias por todo, de verdad',
    '¿a qué hora cierra la farmacia?',
  ],
};
