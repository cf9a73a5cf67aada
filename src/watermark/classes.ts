/**
 * The vetted English variant classes: each line is one class of interchangeable surface forms.
 * Vetting rules and per-class frequencies are in README.md beside this file; the class id is
 * the first variant, so never reorder or edit a first variant once keys are in use (it would
 * change every unit digest of that class).
 *
 * Line syntax: `variant|variant[|variant]` then optional space-separated flags:
 *   variant* a fixed variant: text is moved into it, never out of it (the unsafe direction)
 *   ,        the variants must be followed by a comma (sentence adverbs)
 *   ^        only at the start of a sentence or line
 *   lc       only when written in lower case (proper nouns such as Grey are left alone)
 *   +w       must be followed by a word on the same line (affirmative contractions)
 *   #        must be followed by a number ("roughly 40%", "approximately $5")
 *   !b=x,y   not after the word x or y;  !a=x,y   not before the word x or y
 */

// Negative contractions, never before a subject: "Isn't it?" / "Don't you think" must not
// become "Is not it?" / "Do not you think".
const NEG = '!a=i,you,he,she,it,we,they,there,this,that,these,those,anyone,everyone,someone';
// Affirmative contractions, never where the verb is stressed: at a clause end (+w), after a
// fronted question word ("who you are matters", "how hard it is to learn"), before a
// conjunction or a preposition that follows a gap ("where it is and", "it is to"), and never
// where 's / 're could be read as "has" ("it's been").
const AFF =
  '+w !b=who,what,where,how,whoever,wherever,whatever,whether,than,as ' +
  '!a=and,or,but,nor,to,that,for,in,on,at,with,by,of,from,now,today,then,as,when,if,because';
// The same for the 's forms, which may also mean "has": not before a participle ("it's been",
// "it's grown", "what's happened"). Passives such as "it's used" are lost too; that is the price.
const HAS =
  ',*ed,*en,*wn,got,had,done,gone,come,become,made,put,said,told,thought,bought,brought,caught,taught,' +
  'found,heard,held,meant,felt,left,kept,lost,spent,sent,built,paid,run,won,begun,led';
const AFF_S = AFF + HAS;
const WILL = '+w !a=and,or,but';
// "need" is also a noun ("the need to", "no need to"): not after a determiner or adjective.
const NEED =
  '!b=the,a,an,no,any,this,every,each,our,your,their,his,her,its,my,whose,real,urgent,growing,pressing,clear,obvious,immediate,constant';
const NEEDS =
  '!b=the,our,your,their,his,her,its,my,whose,basic,special,specific,different,individual,user,customer,business,changing,future,particular';

export const VARIANT_CLASSES: readonly string[] = [
  // Negative contractions: always grammatical, including clause-final.
  `is not|isn't ${NEG}`,
  `are not|aren't ${NEG}`,
  `was not|wasn't ${NEG}`,
  `were not|weren't ${NEG}`,
  `do not|don't ${NEG}`,
  `does not|doesn't ${NEG}`,
  `did not|didn't ${NEG}`,
  `have not|haven't ${NEG}`,
  `has not|hasn't ${NEG}`,
  `had not|hadn't ${NEG}`,
  `will not|won't ${NEG}`,
  `would not|wouldn't ${NEG}`,
  `should not|shouldn't ${NEG}`,
  `could not|couldn't ${NEG}`,
  `cannot|can't ${NEG}`,
  `must not|mustn't ${NEG}`,
  // Affirmative contractions of "be", "will", "have been" and "would".
  `you are|you're ${AFF}`,
  `we are|we're ${AFF}`,
  `they are|they're ${AFF}`,
  `I am|I'm ${AFF}`,
  `it is|it's ${AFF_S}`,
  `that is|that's ${AFF_S}`,
  `there is|there's ${AFF_S}`,
  `here is|here's ${AFF}`,
  `what is|what's ${AFF_S}`,
  `he is|he's ${AFF_S}`,
  `she is|she's ${AFF_S}`,
  `I will|I'll ${WILL}`,
  `you will|you'll ${WILL}`,
  `we will|we'll ${WILL}`,
  `they will|they'll ${WILL}`,
  "I have been|I've been",
  "you have been|you've been",
  "we have been|we've been",
  "they have been|they've been",
  "I would recommend|I'd recommend",
  "I would suggest|I'd suggest",
  "I would be|I'd be",
  "we would be|we'd be",
  // Sentence adverbs and discourse markers (with their comma).
  'for example|for instance',
  'moreover|furthermore ,',
  'additionally|in addition ,',
  'as a result|consequently|as a consequence ,',
  'in contrast|by contrast ,',
  'by comparison|in comparison ,',
  'therefore|thus|hence ,',
  'in short|in brief ,',
  'in general|generally|generally speaking ,',
  'similarly|likewise ,',
  'nevertheless|nonetheless|even so ,',
  'meanwhile|in the meantime ,',
  'finally|lastly , ^',
  'first|firstly , ^',
  'second|secondly , ^',
  'third|thirdly , ^',
  'next|after that , ^',
  'that said|having said that ,',
  'in other words|put differently ,',
  'put simply|simply put ,',
  'in summary|to sum up ,',
  'in conclusion|to conclude ,',
  'for this reason|because of this ,',
  'fortunately|luckily ,',
  'in any case|in any event ,',
  'by the way|incidentally ,',
  'overall|all in all ,',
  'in theory|theoretically ,',
  'in particular|specifically ,',
  'in the end|ultimately ,',
  'at this point|at this stage ,',
  'initially|at first ,',
  'currently|at present ,',
  'honestly|frankly ,',
  'of course|naturally ,',
  'as mentioned|as noted',
  'thank you|thanks* ^',
  // Adverbs that are synonyms in every position they occur in assistant prose; a fixed (*)
  // variant is one whose other position would not read right ("manually edit" ≠ "by hand edit").
  'perhaps|maybe',
  'mostly|mainly|largely',
  'almost|nearly !b=not !a=never,no,nothing,nobody,none,nowhere',
  'completely|entirely',
  'especially|particularly',
  'essentially|basically',
  'often|frequently !b=so,more,less,most,as !a=than',
  'certainly|definitely',
  'usually|typically*',
  'intentionally|deliberately',
  'by accident|accidentally*',
  'sometimes*|at times',
  'nowadays|these days',
  'by hand|manually*',
  'soon after|shortly after',
  'right after|immediately after',
  'right before|immediately before',
  'right away|straight away',
  'all of a sudden|suddenly*',
  'for now|for the time being',
  'and so on|and so forth',
  'once in a while|from time to time|every now and then',
  'without a doubt|undoubtedly',
  'in the long run|in the long term',
  'in the short run|in the short term',
  'for a while|for some time',
  'at most|at the most',
  'roughly|approximately #',
  'a lot of|lots of',
  // Pronouns and reciprocals.
  'anyone|anybody',
  'everyone|everybody',
  'someone|somebody',
  'no one|nobody !b=a',
  'each other|one another',
  // Fixed phrases with a fixed complement.
  'in spite of|despite',
  'all of the|all the !a=way,same,more,better,worse,less,best,while,rage',
  'kind of|sort of',
  'kinds of|sorts of',
  'in order to|so as to',
  'although*|even though',
  'ensure that|make sure that',
  'ensures that|makes sure that',
  'ensuring that|making sure that',
  'make sure to|be sure to',
  // "like" is also a verb, so it is fixed: "such as" may become "like", never the reverse.
  'such as|like*',
  `need to|have to* ${NEED}`,
  `needs to|has to* ${NEEDS}`,
  'keep in mind|bear in mind',
  'begin to|start to',
  'begins to|starts to',
  'began to|started to',
  'beginning to|starting to',
  'seem to|appear to',
  'seems to|appears to',
  'seemed to|appeared to',
  'trying to|attempting to',
  'tried to|attempted to',
  'look for|search for',
  'looking for|searching for',
  'looks for|searches for',
  'take into account|take into consideration',
  'taking into account|taking into consideration',
  'aside from|apart from',
  'along with|together with',
  'in my opinion|in my view',
  'at first glance|at first sight',
  'if needed|if necessary',
  'as needed|as necessary',
  'wherever possible|where possible',
  'given that|considering that',
  'with regard to|in regard to',
  'in light of|in view of',
  'regardless of|irrespective of',
  'compared to|compared with',
  'in most cases|in most situations',
  'in many cases|in many situations',
  'in some cases|in some situations',
  'in such cases|in such situations',
  'the rest of|the remainder of',
  'huge|enormous',
  // Spelling variants that are both standard in American English.
  'toward|towards',
  'afterward|afterwards',
  'canceled|cancelled',
  'canceling|cancelling',
  'traveled|travelled',
  'traveling|travelling',
  'traveler|traveller',
  'travelers|travellers',
  'labeled|labelled',
  'labeling|labelling',
  'modeled|modelled',
  'modeling|modelling',
  'fueled|fuelled',
  'signaled|signalled',
  'signaling|signalling',
  'channeled|channelled',
  'totaled|totalled',
  'leveled|levelled',
  'tunneling|tunnelling',
  'marshaling|marshalling',
  'judgment|judgement',
  'judgments|judgements',
  'acknowledgment|acknowledgement',
  'acknowledgments|acknowledgements',
  'gray|grey lc',
  'leaped|leapt',
  'dreamed|dreamt',
  'burned|burnt',
  'likable|likeable',
  'sizable|sizeable',
];
