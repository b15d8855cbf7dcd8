/**
 * Cue lexicons for reading career reflections: which words and phrases signal each value
 * (taxonomy §1) and each kind of next step (taxonomy §2), with a weight in (0, 1] for how
 * strongly a cue, on its own, shows the value when the author speaks of themself.
 *
 * Sources: the definitions of the taxonomy (D. Pink, *Drive*, 2009, for autonomy, mastery
 * and purpose; O*NET Work Values — Achievement, Independence, Recognition, Relationships,
 * Support, Working Conditions — for the rest; Majors 2017 and Larson 2021 for the
 * engineer/manager paths; Vogels 2007 for the executive and go-to-market roles), extended
 * with the words such posts use (leaving a job, going independent, back to IC, what I'm
 * looking for next). Patterns are regular-expression sources matched case-insensitively on
 * whole words of lower-cased text with straight apostrophes; all are our own wording.
 */
import type { PathId, ValueId } from "../taxonomy.js";

/** A cue: regular-expression source (whole words) and its weight. */
export type Cue = readonly [pattern: string, weight: number];

export const VALUE_CUES: Record<ValueId, readonly Cue[]> = {
  autonomy: [
    [
      "own my (calendar|time|days)|run my own (days|calendar|time)|(decide|decides|deciding) (what|how|when) i work|(decide|deciding|set|setting|choose|choosing) my own priorities",
      0.8,
    ],
    ["autonomy|autonomous(ly)?|independence", 1],
    ["(be|being) (my|your|one's) own boss|own boss", 1],
    ["master of (my|your|one's) own (destiny|fate|time)", 1],
    ["on (my|your|one's) own terms|self-directed|self-determination", 1],
    ["freedom( to| of| over)?", 0.8],
    ["(control|say) over (my|your|one's|what|how|when)", 0.8],
    [
      "(i|you|one) can (choose|decide|pick)|choose (for )?(whom|who|what|how|when|my own|which)",
      0.7,
    ],
    ["set (my|your|one's) own (hours|schedule|pace|direction|priorities)", 0.9],
    [
      "(negotiat\\w*|ask\\w* permission for|approval for|sign-?off (on|for)) every (single )?(decision|change|hire)",
      0.8,
    ],
    [
      "choose (my|our) (own )?(clients|hours|projects|problems|work)|decid\\w* for myself|(decide|choose) what i work on",
      0.7,
    ],
    [
      "(being|be|stay|staying|as an?) independent|independent (engineer|consultant|developer|contractor)",
      0.6,
    ],
    ["my own (schedule|way|pace|hours)|in charge of my own", 0.7],
    [
      "(choose|choosing|pick|picking) the (problems|projects|clients|people|work|companies) (i|we) (work|take)",
      0.7,
    ],
    ["flexibility|flexible", 0.35],
    ["micro-?manag\\w*|(nobody|no one|no-one) (tells|telling) me", 0.4],
  ],
  mastery: [
    ["(get|getting|become|becoming) (properly |really |truly )?(good|better|great) at", 0.8],
    ["mastery|master (my|the|a|your|one's) craft|craftsmanship|craft", 1],
    ["technical (depth|excellence|mastery|chops)|excellence|expertise|deep(ly)? technical", 0.8],
    [
      "(get|getting|become|becoming) (better|really good) at|hone|honing|sharpen\\w*|(be|being|become|becoming) (great|excellent|world-class|the best) at",
      0.8,
    ],
    [
      "(technical|tech|coding|engineering|hands-on) skills?|skills? (deteriorat\\w*|atroph\\w*|fad\\w*|rust\\w*)",
      0.6,
    ],
    [
      "(stay|staying|keep|keeping|remain) (sharp|technical|current|relevant)|keep (my |your )?skills (sharp|current|fresh|up to date)|atroph\\w* of (my |your )?(technical )?skills",
      0.9,
    ],
    ["deteriorat\\w*|atroph\\w*|rusty|lose (my|your) (edge|skills)", 0.4],
    [
      "(technically|intellectually) (challenging|demanding)|hard (technical )?problems|deep dive",
      0.6,
    ],
    ["elegant|composab\\w*|well-crafted|quality (of|in) (my|the) (code|work)", 0.4],
    ["expert|depth|proficien\\w*|best work", 0.35],
  ],
  purpose: [
    [
      "(want|need|like|wanted|needed) my work to (mean|matter)|(something|things|work|problems) that (really |actually |truly )?matters?\\b",
      0.7,
    ],
    ["purpose|purposeful|meaning|meaningful|mission-driven|sense of mission", 1],
    [
      "(do|doing) good|good in the world|(make|making) the world (a )?better|change the world|changing the world",
      1,
    ],
    ["social (good|venture|impact|enterprise)|for the greater good|give back|giving back", 1],
    ["(work|job|role|something) that (means|meant) (something|a lot)|means something to me", 0.8],
    ["positive (impact|difference|effect|change)", 0.8],
    [
      "(truly|really|genuinely) helps? (people|others)|help(s|ing)? (people|humanity) (in need|live|lives)",
      0.7,
    ],
    ["helps? (people|others)|helping (people|others)", 0.35],
    [
      "(something|work|a product|software|tools?) that (truly |really |actually )?helps? (people|patients|students|children|teachers|doctors|nurses|communities|the planet)",
      0.8,
    ],
    [
      "(a )?(cause|mission|something|product|company) (i|we) (truly |really |genuinely )?believe in|believe in (the|its|our) (mission|product|cause)",
      0.9,
    ],
    ["mission|cause|what i (truly |really )?care about|matters to me", 0.5],
    [
      "(something|a cause|a mission|a problem|problems) (i|we) (truly |really |deeply |genuinely )?care (deeply )?about|(my )?work (to |that |would |will |really |actually )?matters?\\b",
      0.8,
    ],
    ["fulfil\\w*|worthwhile|share (what i know|programming|knowledge) with", 0.4],
    [
      "(my )?work to be for something|(something|work) (i|we) (actually |truly |really |genuinely )?believe (is|does) good|good for the (world|planet|people|society)",
      0.8,
    ],
  ],
  impact: [
    [
      "(make|makes|making|made) (a )?(bigger|larger|greater) difference|difference (i|we) can (point to|see)",
      0.9,
    ],
    ["impact|impactful|high-impact", 0.8],
    [
      "(my|our) work (changed|changes|mattered|made) (nothing|little|no difference)|changed nothing (anyone|anybody) could see",
      0.8,
    ],
    [
      "(make|makes|making|made) (a |an )?(big |real |huge |large |lasting |visible )?difference",
      0.9,
    ],
    [
      "move the needle|at scale|millions of (people|users|customers)|industries|(change|shape) (an|the) industry",
      0.7,
    ],
    [
      "(add|adding|deliver|delivering|create|creating) (the most |more |real )?value|most valuable",
      0.6,
    ],
    [
      "(see|seeing) (what|how) my work (changes|matters)|(see|seeing) the (effect|impact|difference) (of|that) my work",
      0.8,
    ],
    ["results|outcomes|leverage|effective(ness)?", 0.3],
  ],
  hands_on: [
    [
      "hands-on|hands on|(get|getting|got) (my|our|your) hands dirty|hands dirty|(get|getting) my hands on",
      1,
    ],
    ["(write|writing|wrote|ship|shipping) (code|software)|coding|programming|code", 0.7],
    [
      "individual contributor|(be|being|as) an? ic\\b|ic role|technical (role|work|path|track)|(?<!(solutions|sales|support|customer|field) )(?<!(head|vp|vice president|director|svp|evp) of )engineering (work|role)",
      0.8,
    ],
    [
      "(?<!how (we|they|you|the team|our team) )build(ing)? (things|software|products|systems|stuff)|ship(ping)? (something|things|products)|(with )?my own hands|make something work|maker|hacker|tinker\\w*",
      0.6,
    ],
    ["architect(ing)? (elegant )?solutions|design(ing)? systems|debug\\w*|my little code", 0.5],
    [
      "closer to (technology|the code)|back to (the )?(code|keyboard|coding|engineering|building|programming|writing code)",
      0.8,
    ],
  ],
  people_leadership: [
    ["coach(ing|es)?|mentor(ing|s)?|mentorship", 0.8],
    [
      "(lead|leading|manage|managing|grow|growing|develop|developing|support|supporting) (people|others|engineers|leaders|teams?|a team)",
      0.9,
    ],
    [
      "people (management|leadership|manager)|(build|building|scale|scaling) (and scale )?(teams|a team|organi[sz]ations)",
      0.9,
    ],
    [
      "(help|helping) (other |fellow |junior |younger |more |these |those |my )?(people|others|engineers|developers|them|folks) (to )?(grow|do their best|succeed)",
      0.9,
    ],
    [
      "(help|helping|see|seeing|watch|watching) (the )?(people|engineers|folks) (on|in) my team (\\w+ ){0,2}(grow|get better|improve|succeed)",
      0.8,
    ],
    ["team building|career growth of|one-on-ones|1:1s|servant leader\\w*", 0.7],
    ["leadership|leading", 0.3],
  ],
  strategy: [
    [
      "(decide|decides|deciding|shape|shaping|steer|steering|set|setting) where (the|our|its) (\\w+ )?(goes|is going|heads|is heading)",
      0.8,
    ],
    ["strategy|strategic|strategically|vision|visionary", 0.8],
    [
      "(set|setting|shape|shaping|steer|steering|chart) (the |its |our |their )?(direction|course|roadmap|vision)|direction of|(a|real|some|more|the|clear) say in (the |our |its )?(\\w+ )?(direction|strategy|decisions|roadmap)|(a|real|some|more) say in (how|what|where) (we|the company|the team)",
      0.8,
    ],
    ["(technical|technology|product|company) direction", 0.6],
    ["alignment|align(ing)? (the )?(organi[sz]ation|teams|people|technology)", 0.6],
    ["decision rights|(make|making|set|setting) (the right |the )?decisions|agency", 0.5],
    ["decisions?|decision[- ]making", 0.3],
    ["big picture|long-term thinking|seat at the table|roadmap", 0.5],
  ],
  learning: [
    [
      "(keep|continue|always|love|loved|enjoy|want to|wanted to) (learning|to learn)|learn(ing)? (new|a lot|so much|from|something)|focus(ing)? on learning|new things|something new|new skills",
      0.8,
    ],
    [
      "(?<!(machine|deep|reinforcement|distance|e-) )learn|(?<!(machine|deep|reinforcement|distance|e-) )learning|(?<!lessons (i've |i have |we've )?)(learned|learnt)",
      0.45,
    ],
    [
      "(personal|continuous|self-)?improvement|improve myself|personal development|self-development",
      0.6,
    ],
    [
      "(personal|professional|continuous) growth|growth opportunities|(keep|continue|continuing|to) grow(ing)?|grow as",
      0.8,
    ],
    ["growth|grow|growing", 0.4],
    ["challenge|challenges|challenging|stretch|comfort zone", 0.45],
    ["curious|curiosity|invest in myself|study|studying|courses?", 0.45],
  ],
  colleagues: [
    [
      "(like|love|liked|loved|enjoy|enjoyed) the people|(chose|choose|joined|join|stay|stayed) (it |them )?for the people|(want|wanted|get) to work with (them|these people|those people)",
      0.7,
    ],
    ["colleagues|co-?workers|fellow \\w+|like-minded|camaraderie|peers", 0.8],
    ["(people|we|engineers) help(ed)? each other", 0.7],
    [
      "(smart|talented|brilliant|great|amazing|strong|kind|passionate|inspiring|top-notch|capable|friendl\\w*|helpful|wonderful) (\\w+ ){0,3}(people|engineers|minds|team|teams|folks|colleagues|individuals|groups?)",
      0.7,
    ],
    [
      "work(ing)? (closely )?with (others|people|great|smart|talented|brilliant|a team|fellow)|(with|alongside) others",
      0.6,
    ],
    ["collaborative (environments?|culture|teams?|places?)|great relationships", 0.8],
    ["a-players|team of people|core group|collaborat\\w*|together", 0.3],
    ["people (i|we) (respect|like|trust|admire|enjoy working with|learn from)", 0.6],
    [
      "peer group|the best (people|team|group|engineers|peers|managers) ?(i've|i have) (ever )?worked with|the best (i've|i have) (ever )?worked with",
      0.7,
    ],
    [
      "(team|people|colleagues|folks|engineers) (is|are|were|was) (\\w+ ){0,2}(smart|talented|brilliant|kind|amazing|wonderful|inspiring|friendly|helpful|supportive)",
      0.6,
    ],
  ],
  recognition: [
    [
      "recognition|prestige|(?<!employment |visa |project |marital )status|seniority|reputation|credibility",
      0.8,
    ],
    ["titles?|promotion|promoted|career ladder|climb\\w* the ladder|advancement", 0.6],
    ["(i|i've|i have|i was|i've been|i have been) (been )?passed over", 0.9],
    [
      "(not|never|no longer|stopped being|wasn't|weren't|isn't|aren't) (\\w+ )?recogni[sz]ed|lack of recognition|(want|wanted|need|needed) to be recogni[sz]ed",
      0.8,
    ],
    [
      "(i|my work|my contributions?|my efforts?|we|our work) (was|were|am|is|are|wasn't|weren't|isn't|aren't)( not| never| no longer)? (\\w+ )?(valued|appreciated)|(feel|felt|feeling) (\\w+ ){0,3}(valued|appreciated)",
      0.6,
    ],
    ["respected|acknowledg\\w*|visibility", 0.3],
  ],
  compensation: [
    ["pays? (the )?rent|worry(ing)? about (rent|money|bills)", 0.8],
    [
      "compensation|salary|salaries|paycheck|pay (well|the bills)|bills to pay|paid well|well paid|money|(better|higher|good|more) pay|equity|stock options|financial (security|freedom|independence)|income",
      0.8,
    ],
    ["financial\\w*|savings|emergency fund|bills|afford|cash|earn\\w*", 0.6],
    [
      "(offer|new (role|job)|it|they) pays? (roughly |about |around |nearly |almost )?(\\d+% )?more",
      0.8,
    ],
    [
      "underpaid|(pay|salary|salaries|wages?) (never |didn't |did not |had not |hadn't )?(kept|keep|keeps) up|(pay|salary) (rise|rises|increase|bump)",
      0.9,
    ],
    [
      "mortgage|runway|raise|(annual|signing|performance|cash) bonus|bonuses|rates|pricing|price",
      0.3,
    ],
  ],
  wellbeing: [
    [
      "(be there|be home|be around) for (\\w+ ){0,2}(bedtime|dinner|kids|children|family|school run)|pick (up )?my (kids|children|son|daughter)|(four|4)[- ]day (work )?weeks?|four days a week|running on fumes|wore me (down|out)|worn (down|out)",
      0.8,
    ],
    [
      "work-life balance|life balance|wellbeing|well-being|burn-?out|burned out|burnt out|mental health",
      1,
    ],
    [
      "family|health|healthier|sustainable pace|quality of life|free ?time|vacations?|time off|days off|work(ing)? less|more time (for|to|with)|part-time|lifestyle|exercise",
      0.6,
    ],
    [
      "remote(ly)?|work(ing)? from (home|anywhere)|(from|in) the office|commute|flexibility|flexible",
      0.5,
    ],
    [
      "home (for|in time for) (dinner|bedtime|the kids)|((my|our) )?(evenings|weekends) (free|off|back)|bedtime stories|spend(ing)? (my|our) (evenings|weekends) (on|doing|writing|answering|working)",
      0.8,
    ],
    ["stress\\w*|exhaust\\w*|sleep|kids|children|hours|girlfriend|wife|husband|partner", 0.25],
    ["(no more|fewer|less|without|not) (\\d+[- ]hour (work ?)?weeks?|long hours|late nights)", 0.7],
    [
      "running on empty|(stopped|couldn't|could not|can't|wasn't|not) sleep\\w*|snapp\\w* at (my|the) (kids|children|family|partner|wife|husband)",
      0.8,
    ],
    [
      "evenings and weekends|nights and weekends|time with (my|the|our) ([\\w-]+ )?(kids|children|family|partner|wife|husband|daughters?|sons?)|(my|our) (nights|life|lives) back",
      0.6,
    ],
  ],
  variety: [
    [
      "(get|got|getting) bored|every (week|project|day|client|engagement) (is|was|has been) (completely |totally )?different|an? (completely |totally )?different (domain|industry|field|problem space)",
      0.6,
    ],
    [
      "variety(?! of)|variety of (work|problems|projects|domains|challenges|opportunit\\w+|roles|companies)|varied|novelty|diverse (problems|projects|domains|experiences)",
      0.9,
    ],
    [
      "(something|somewhere) different|different (things|problems|domains|companies|industries|projects|kinds|organi[sz]ations|parts|fields|areas)",
      0.6,
    ],
    ["new worlds|mix it up|switch it up|change of scenery|breadth|many hats", 0.8],
    ["(a )?(different|new) (problem|client|domain|industry|project|company|challenge) every", 0.9],
    [
      "every (few )?(weeks|months) (there is |there's |brings )?a new (client|problem|industry|domain|project)",
      0.9,
    ],
    ["explore|exploring|new (adventures|horizons)", 0.35],
  ],
  business: [
    [
      "customer-facing|go-to-market|business outcomes|commercial\\w*|revenue|pre-?sales|customer success",
      0.9,
    ],
    ["customers?|clients?|sales|business (side|value|model|impact)|market", 0.5],
  ],
  ownership: [
    [
      "something (that's|that is) (mine|my own)|(own|owning) it (in the full sense|outright|completely)",
      0.8,
    ],
    [
      "(my|your|one's|our) own (company|business|startup|venture|product|products|thing|ideas?)|build(ing)? something (myself|of my own|on my own)|chase a dream",
      1,
    ],
    [
      "(start|starting|started|found|founding|build|building|run|running|launch\\w*) (a|my|our|one's) (own )?(company|business|startup|venture)",
      1,
    ],
    ["entrepreneur\\w*|co-?found\\w*|founder|ownership|own (an|the) (entire )?product", 0.8],
    ["product or service|sustainable business|bootstrap\\w*", 0.5],
    ["side[- ]projects?", 0.3],
  ],
  support: [
    [
      "(leadership|management|leaders|managers) (that|who) (tell|tells|trust|trusts|listen|listens|support|supports)|(?<!(badly|poorly) )well[- ]run",
      0.7,
    ],
    ["supportive|support(s|ed)? (us|me|it|my)|nurtur\\w*|psychological safety|empower\\w*", 0.8],
    ["trust(ed|s)?|transparen\\w*|open,? honest|honest conversations", 0.6],
    ["(have|has|had) (my|your|our|their) backs?", 0.8],
    ["(someone|a manager|a boss|a leader|people) (i'd|i would) follow anywhere", 0.8],
    ["honest with (us|me|them|its|their|people|engineers|the team)", 0.6],
    [
      "bureaucra\\w*|red tape|politics|political|accountability|micro-?manag\\w*|gets out of (our|the) way",
      0.7,
    ],
    ["(good|great|exceptional) (management|managers?|mentorship|boss)|mentorship", 0.6],
    ["(shifting|changing) priorities|priorities change|formali[sz]ed|reorgs?", 0.4],
  ],
};

/**
 * Sentences that state a wish, a reason or a lack: what the author wants, enjoys, misses or
 * left over. A value cue in such a sentence is the author's value (taxonomy §1: sought,
 * named as a reason, or its absence drove them away).
 */
export const DESIRE_FRAME =
  /\b(i|we)\b(?:'(?:d|m|ve|ll)|\s(?:would|really|truly|also|still|always|have|had|just|now|am))*\s?(?:(?:really|truly|also|still|always|just|deeply|would|do)\s)*(want|wanted|love|loved|like(?! to (?:summari[sz]e|share|give|add|discuss|thank|mention|say|talk|write|point|start))|liked|enjoy|enjoyed|need|needed|miss|missed|crave|seek|value|valued|prefer|care|cared|hope|wish|yearn|long|am looking|'m looking|look forward|dream|thrive|am eager|'m eager|am excited|'m excited|am passionate|'m passionate|believe|chose|decided)\b|\bmy (motivation|passion|drive|goal|priority|priorities|values|desire|aspirations?|dream)\b|\b(important|matters?) to me\b|\bfor me\b|\bdriven by\b|\bmotivated by\b|\bdrawn to\b|\bideally\b|\bsteer\w* towards?\b|\bgravitate\w*\b|\b(look|looking) back fondly\b|\brewarding\b|\blooking for\b|\byearning\b|\bmy (first|second|third|main|biggest|other) reasons?\b|\b(the|one|two) reasons? (why|i|is)\b|\bbecause\b|\bwhy i\b|\bi (left|leave|quit|resigned)\b/;

/** Sentences saying something the author wanted was missing (absence drove them away). */
/** Recruiting text: the author describes a role for someone else ("looking for a lead who"). */
export const RECRUITING =
  /\b(looking for|hiring|seeking) (a|an|someone)\b.*\bwho\b|\bif you('re| are) (interested|someone)\b|\bjoin (us|our team)\b/;

/**
 * Someone else's idea for the author: "friends keep telling me to start a company", "people keep
 * asking when I'll go independent", "my manager suggested I try management". A value cue in it
 * is theirs.
 */
export const SUGGESTED_BY_OTHERS =
  /\b(friends|people|colleagues|everyone|everybody|recruiters|my (wife|husband|partner|mother|father|mum|mom|dad|parents|family|manager|boss|director|mentor|friends?))( \w+)? (keep|kept|keeps|have been|has been|are|were|is|was|often|always)? ?(telling|asking|suggesting|urging|advising|pushing|told|asked|suggested|urged|advised|pushed|encouraged) (me )?(to|when|whether|if|that|why|i)\b/;

export const LACK_FRAME =
  /\b(no longer|not enough|lack of|lacked|lacking|missing|too (much|little|slow)|tired of|fed up|frustrat\w*|demotivat\w*|starv\w*|less and less|deteriorat\w*|cog in|treadmill|sprawling|slow place)\b/;

/**
 * Rejections: the value is named to be set aside ("titles are not motivations", "it's not
 * about the money", "I don't care about status"). Each pattern says where the rejected cue
 * stands: `before` the matched words (subject of a negated predicate) or `after` them.
 */
export const REJECTIONS: ReadonlyArray<{ pattern: RegExp; scope: "before" | "after" }> = [
  {
    pattern:
      /\b(is|are|was|were|be)(n't| not| never)( really)? (a |an |my |the |what )?(motivations?|rewards?|reasons?|priority|priorities|goal|drivers?|important|what (matters|drives|motivates))\b/,
    scope: "before",
  },
  { pattern: /\b(does|do|did)(n't| not) matter\b|\bmatters? (less|little)\b/, scope: "before" },
  {
    pattern:
      /\b(not|never) (about|for|because of|in it for|motivated by|driven by|interested in|chasing|after|been about)\b/,
    scope: "after",
  },
  {
    pattern:
      /\b(don't|do not|didn't|did not|never|won't|no longer)( really| ever)? (care|cared|want|wanted|need|needed|miss|missed|enjoy|enjoyed|like|liked|value|valued|chase|chased|seek|sought)\b/,
    scope: "after",
  },
  { pattern: /\bn't \w+ because (of )?\b|\bnot \w+ because (of )?\b/, scope: "after" },
  { pattern: /\bover mere\b|\bregardless of\b|\brather than\b|\binstead of\b/, scope: "after" },
  // Set aside in other words: "money isn't what this decision is about", "if money were the
  // reason, I'd have stayed", "the salary and the title I treat as secondary".
  {
    pattern:
      /\b(is|are|was|were)(n't| not) what (this|the|my) \w+ (is|was) about\b|(?<=\bif (\w+ ){1,3})(were|was) (the |my )?(only |main |real )?(reason|point|goal|priority)\b|\b(as|are|is|was|were) secondary\b/,
    scope: "before",
  },
  { pattern: /\bnot (optimi[sz]ing|optimi[sz]ed) for\b/, scope: "after" },
  // Less of it accepted, not sought: "a very small salary", "my salary is roughly zero".
  {
    pattern:
      /\b(a )?(very |much )?(small|smaller|lower|reduced|tiny|modest)(?= (salary|salaries|pay|paycheck|income|compensation)\b)/,
    scope: "after",
  },
  {
    pattern:
      /\b(is|was|will be|would be)( much| far| a lot| going to be)? (roughly |about |basically |close to |nearly )?(lower|smaller|zero|nothing)\b/,
    scope: "before",
  },
];

/** First-person singular: the author speaking of themself. */
export const FIRST_PERSON = /\b(i|i'm|i've|i'd|i'll|me|my|mine|myself)\b/;
/** First-person plural: the author's team or company, partly the author. */
export const FIRST_PLURAL = /\b(we|we're|we've|our|us)\b/;
/** Generic second person or `one`: advice, often the author's own values in disguise. */
export const GENERIC_PERSON = /\b(you|your|you're)\b/;
/** "One" as a writer's way of speaking of themself ("one's long-term vision"). */
export const IMPERSONAL_ONE = /\b(one's|one is|one has|one can|one should)\b/;

/** Headings of sections where authors state what they want or why they moved. */
export const SEEKING_SECTION =
  /\b(why|reasons?|looking for|what'?s next|next (role|step|chapter|steps)|what i want|what matters|priorit\w*|values|criteria|motivation|want|next)\b/;
/** Headings of how-to and advice sections, whose cues say less about the author. */
export const ADVICE_SECTION = /\b(how to|tips|tools|pricing|how\b|about the .* role)\b/;

/** Lead-in of a list of criteria: "the kinds of things I'm looking for in my next role". */
export const CRITERIA_LEAD_IN =
  /\b(looking for|look for|want in|want from|criteria|priorities|what matters|must-haves?|non-negotiables?|ideal (role|job|company|team|organi[sz]ation|place)|i'?d love|would love|i want|i need|i value|important to me|things i)\b/;

/** Lead-in of a list of paths: "what kind of roles or areas do I steer towards?". */
export const PATHS_LEAD_IN =
  /\b(roles|areas|options|paths|directions|kinds of (work|roles|jobs)|what could i|possibilities|titles?|could be|might be|offers|been offered|choices|choose between|alternatives)\b/;

/**
 * A sentence labelled as one of the options weighed: "Offer A: ...", "Option 2: ...", "B) ...",
 * "Door two: ...", a numbered one ("Three: go back to being a senior engineer"; not "One: that
 * was the year ...").
 */
export const OPTION_LABEL =
  /^((offer|option|choice|door|path) ?(\w{1,5})?: |\(?[a-e]\) |(one|two|three|four|five|six): (?!that\b|this\b|it\b|i\b))/;

/** A lead-in to things set aside: "things I'm not interested in". */
export const REJECTED_LEAD_IN =
  /\b(not (interested|looking|good at)|don't want|do not want|avoid|never again)\b/;

/** A path mention: a cue, its weight, and whether it is a role noun needing a self-context. */
export interface PathCue {
  pattern: string;
  weight: number;
  /** Role nouns ("manager", "engineer") count only when the author holds or seeks the role. */
  role: boolean;
}

export const PATH_CUES: Record<PathId, readonly PathCue[]> = {
  ic: [
    { pattern: "individual contributors?|\\bic\\b|ic role", weight: 1, role: false },
    {
      pattern:
        "((senior|staff|principal|lead|software|backend|frontend|full[- ]stack|platform|data|systems?) )*(engineer|developer|programmer)|architect|(?<!chief )((senior|staff|principal|lead) )?(data|research|applied|ml|machine learning) scientist|technical advis[oe]r to (the |a |our |its )?(ceo|cto|chief \\w+ officer|founders?)",
      weight: 0.8,
      role: true,
    },
    {
      pattern:
        "(?<!\\b(head|vp|vice president|director|svp|evp|chief) of )(engineering|technical|developer|coding) (role|track|path|career|position|job|work)|hands-on (engineering|technical) work|back (to|into) (\\w+ ){0,2}(coding|code|engineering)(?! (manager|management|lead|leadership|director))( world| role| work)?",
      weight: 0.9,
      role: false,
    },
  ],
  manager: [
    {
      pattern:
        "((engineering|people|line|team|software|development) )?(manager|leader|management)|(team|tech|engineering) lead|director( of engineering)?|head of (a |the )?team|head of (platform|infrastructure|data|mobile|security|qa|quality|devops|sre|reliability|product engineering|backend|frontend|web|apps|ai|ml|machine learning|analytics|delivery|development|software)",
      weight: 0.9,
      role: true,
    },
    { pattern: "management (role|track|position|path|ladder|career)", weight: 0.9, role: false },
  ],
  executive: [
    {
      pattern:
        "cto|ctos|cio|vp|vice president|chief \\w+( \\w+)? officer|head of (engineering|technology|tech)|c-level|c-suite|executive",
      weight: 0.9,
      role: true,
    },
    {
      pattern: "(cto|vp|executive|c-level) (roles?|positions?|jobs?|track)",
      weight: 1,
      role: false,
    },
  ],
  founder: [
    {
      pattern:
        "(start|starting|started|found|founding|build|building|launch|launching|run|running|create|creating) (a |an |my |our |one's )?(own )?(company|startup|business|venture)",
      weight: 1,
      role: false,
    },
    {
      pattern:
        "(my|one's|our) own (company|startup|business|product|products|venture|ideas?)|ideas? .{0,40}\\bon my own|build(ing)? something (myself|of my own|on my own)|build(ing)? (a |an )?(product|app|saas|business|company) of (my|our) own|(product |startup |business |app |saas )?ideas? of (my|our) own|entrepreneur\\w*|bootstrap\\w*|indie hack\\w*|something (that's|that is|which is) (mine|ours|my own)|(?<=\\b(quit|left|leave|leaving) (my|a|the) [^.;:]{0,90}\\bto )build\\b",
      weight: 0.9,
      role: false,
    },
    { pattern: "co-?founder|founder", weight: 0.8, role: true },
  ],
  independent: [
    {
      pattern:
        "freelanc\\w*|consulting|consultancy|contracting|contract work|fractional|self-employed|independent (engineer|consultant|developer|contractor|work)|advisory|interim (cto|vp|role)|(go|going|went|gone) independent|(contract|consult) for (a|an|one|two|six|several|some|the) (year|years|months?|while)|advis(e|ing) (\\w+ ){0,4}(startups|companies|founders|teams|ctos)",
      weight: 1,
      role: false,
    },
    { pattern: "consultant|contractor|advisor|adviser|an independent", weight: 0.9, role: true },
  ],
  open_source: [{ pattern: "open[- ]source|\\boss\\b|maintainer of", weight: 1, role: false }],
  go_to_market: [
    {
      pattern:
        "go-to-market|pre-?sales|sales engineer\\w*|solutions? (engineer\\w*|architect)|customer success|customer[- ]facing (role|position|job)|developer relations|devrel|developer advocate|field cto",
      weight: 1,
      role: false,
    },
  ],
  teaching_writing: [
    {
      pattern:
        "teach|teaching|teacher|lecturer|professor|instructor|tutor\\w*|educator|education|grad school|graduate school|writing (a book|more|full[- ]time)|write (a book|more)|(write|writing|finish|finishing) (the|my) (\\w+ ){0,2}book|writer",
      weight: 0.9,
      role: false,
    },
    { pattern: "writing|courses?", weight: 0.4, role: false },
  ],
  break: [
    {
      pattern:
        "sabbatical|career break|gap year|time off|(a|one|two|three|four|five|six|nine|twelve|several|few|some|couple of|\\d{1,2}) (months?|weeks?|years?) off|(take|taking|took|need|needed) a ((real|proper|long|longer|short|extended|complete|much[- ]needed) )?break(?! from \\w+ing)|(a|an) (real|proper|long|extended|much[- ]needed) break\\b(?! from \\w+ing)|unpaid leave|leave of absence|recharge|(a|some) rest|rest properly|(take|taking|took) (the|this|next) (summer|winter|spring|autumn|fall)( off)?|(take|taking|took) (the rest of |most of |all of )?(this|the|next) (year|summer|winter|spring|autumn|fall)\\b[^.;:]{0,40}? off\\b|(stop|stopping|stopped|pause|pausing|paused) (working )?for (a|one|two|six|several|a few|\\d{1,2}) (months?|years?)|not (available|working|taking interviews) (until|before) next (year|spring|summer|autumn|fall|winter)|(?<=\\bi('ll| will) )have no job|(?<=\\bi('m| am) )(?<!\\b(why|what|how) i('m| am) )stopping(?=[.:;,]| work(ing)?\\b| everything)",
      weight: 1,
      role: false,
    },
  ],
};

/** Words before a role noun that make it the author's own role, held or sought. */
/**
 * Wider cues for the learned path models only (`learned-paths.ts` weighs them in context; the
 * hand-written reading does not count them): words of the taxonomy's definitions of each
 * kind of step that the cues above leave out because, alone, they say too little.
 */
export const LOOSE_PATH_CUES: Record<PathId, readonly string[]> = {
  ic: [
    "engineering|engineers?|developers?|software|coding|code|programming|staff|principal|ic",
    "permanent (role|job|position)|full-time (role|job|position|employment)|employee|salaried|day job",
  ],
  manager: ["manag\\w*|lead(ing|er|ership)?|team lead|reports|direct reports|1:1s|one-on-ones"],
  executive: ["cto|vp|chief|head of|executive|leadership team|c-level"],
  founder: [
    "found\\w*|startup|start-up|company|business|side projects?|indie|saas|launch\\w*|product|app",
  ],
  independent: [
    "freelanc\\w*|consult\\w*|contract\\w*|clients?|self-employ\\w*|advis\\w*|fractional",
  ],
  open_source: ["open[- ]source|oss|maintain\\w*|github|sponsors?"],
  go_to_market: ["sales|customers?|devrel|advocate|solutions|pre-?sales|evangel\\w*"],
  teaching_writing: [
    "teach\\w*|writ(e|ing|er)|book|blog\\w*|course|courses|educat\\w*|students?|workshops?|talks?|newsletter",
  ],
  break: [
    "break|sabbatical|time off|rest|recharge|travel\\w*|unemploy\\w*|funemploy\\w*|step(ping)? away|time away|parental leave|not working|no job|retire\\w*|burn-?out",
  ],
};

export const SELF_ROLE_BEFORE =
  /\b(i'm|i am|i was|i've been|i have been|as an?|as the|became|become|becoming|be an?|being an?|back to( being)?( an?)?|role (of|as)|position (of|as)|job as|title of|work as|working as|worked as|joined .{0,30} as|switch(ing|ed)? to|mov(e|ed|ing) (in)?to|transition(ed|ing)? (in)?to|return(ed|ing)? to|step(ped)? (down )?(into|as|from)|go(ing)? back to|went back to|again as|from|to an?|to the|my (current|new|last|previous|next) (role|job|position|title)(:| is| was| as)?( that of)?( an?)?|resigned( my position)? as|the position of an?|hiring an?|for an?|full-time|a new)\s*(\w+\s){0,3}$/;
/** Words after a role noun that make it a role rather than a person ("CTO role"). */
export const SELF_ROLE_AFTER =
  /^\s*(of \w+ )?(\w+ )?(roles?|positions?|track|path|jobs?|ladder|career|level|seat|again|trajectory)\b/;

/**
 * The decision taken: "I decided to", "my new role", "I went back to", "my whole job is going to
 * be".
 */
export const CHOSEN_FRAME =
  /\b(i('ve| have)? decided|my (whole |full[- ]time |main |new |day )?(job|work) (is going to be|will be|is now)|decision to|i('ve| have)? (joined|accepted|started|taken|become|gone|chosen|moved)|i('m| am) (now|joining|starting|taking|moving|becoming|switching|going back|back|still)|i('ll| will) (be|start|join|go|work|transition)|i (start|begin|join) (as|at|on|in|my|a|the)|i join (\w+ ){1,4}as\b|(?<!\b(when|if|once|until|before|after) )i (start|begin)(?= $)|i('m| am) going(?= $)|i would transition|i went back|went back to|going back to|go back to|my (new|current) (role|position|job|title)|new (position|role|job|life)|start(ed)? a new life|here's the answer|moving on to|i took|i need to build|now i\b|i've stepped|assuming a new|taking on a role|i chose|back to being|made the decision|committed to|i('m| am) (jumping|diving|leaping) into|taking the (leap|plunge)|took the (leap|plunge)|it's my intention to|i intend to|i plan to|i'm going to|i am going to|(i'm|i am) (now|officially) an?\b|made the (switch|move|jump)|i('ve| have)? signed (with|on)|i('ve| have)? said yes to|i('m| am) (now )?the new|i('ve| have)? been (promoted|made|named|appointed)|i (got|was) (promoted|named|appointed|made(?! (aware|to|redundant|sure|clear|uncomfortable|responsible)\b))|i('ve| have)? (quit|left|resigned)( [\w.'&-]+){0,3} to|i (left|quit|resigned from)\b[^.;:]{0,120}\band (then |now |have |just )?(joined|accepted|started at))\b/;

/** Weekdays and months, for a step dated in the post ("from May", "starting Monday"). */
export const WEEKDAYS_AND_MONTHS =
  "monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december";
/** A span of time begun now: "this month", "this spring". */
export const THIS_SPAN = "this (?:week|month|year|spring|summer|autumn|fall|winter|quarter)";

/**
 * More ways to say a step is taken, read for the paths only (not as a sentence frame of the
 * values, whose learned model they would move): "my first day as", "I'm staying put as",
 * "I'm launching my own consultancy", "since then I've been writing a book ... and teaching a
 * workshop" (what the author has been doing since is the step taken), "from next Monday, CTO
 * again" (a role named right after a coming date).
 */
export const STEP_TAKEN_FRAME = new RegExp(
  String.raw`\b((from|starting|as of|since) (the )?(\d\w*|next \w+|${THIS_SPAN}|today|tomorrow|${WEEKDAYS_AND_MONTHS})( \w+){0,3},? i('m| am)( an?| the)?|(from|starting) (next|this coming) (\w+day|week|month|${WEEKDAYS_AND_MONTHS})(?=,? (an? |the )?$)|as of (today|now|this (week|month|monday|year)|last (week|month))|my first (day|week|month) (as|at)|i('m| am) staying( put| on)?|i('ll| will) stay( on)?|decided to stay|i('m| am) (launching|founding|setting up)|i('ve| have) been (writing|teaching|consulting|freelancing|contracting|working for myself|running my own))\b`,
);

/**
 * A step stated as new, now or next, in the author's own words: "today is my first day as",
 * "my new job as", "I'm taking over", "I'll be joining", "I've accepted", "starting today as",
 * "I'm co-founding", "Priya and I are starting", "from May I'll be", "starting this month, I'm"
 * (not "I joined Google as an engineer six years ago", which CHOSEN_FRAME also reads).
 */
export const NEW_STEP_FRAME = new RegExp(
  String.raw`\b((today|tomorrow|monday|this week) (is|was|will be) my first (day|week)|my first (day|week) as|my new (job|role|position) as|(started|starting|took|accepted|began) (a|my) new (job|role|position) as|\b(in|last|this) (${WEEKDAYS_AND_MONTHS}|month|week|spring|summer|autumn|fall|winter) i (started|began|joined \w+) as\b|\b(a|one|two|three|six|\d+) (years?|months|weeks) ago,? i (left|quit|joined|started)\b[^.;]{0,120}\b(and|then) (joined|started)\b[^.;]{0,40}\bas\b|i('ve| have) (just )?(registered|incorporated|set up) (a|my|our)\b|i('m| am) taking over|(^|[,;:] )now,? i('m| am) (an?|the) |i('m| am| will|'ll) (be )?join(ing)?\b|i('ve| have) (just )?(accepted|joined|started)|i('ve| have)? said yes to|\bi (just |finally |officially )?accepted (an|the|their|a) (job )?offer\b|i('m| am) (now |officially )?(starting|moving)|starting (today|next week|on monday) as|(on|from|next) (\w+ ){1,2}i (start|begin) (as|at)\b|(on|from|next) (\w+ ){1,2}i become (an?|the|their|our)\b|i('m| am) (co-?founding|founding|launching)\b|\band i are (now )?(starting|founding|launching|co-?founding)\b|\b(from|starting|as of) (the )?(\d\w*|this|next|today|tomorrow|${WEEKDAYS_AND_MONTHS})( \w+){0,3},? (i('m| am| will|'ll)|\w+ and i are)\b)`,
);

/** Options weighed: "I might", "there's always the allure of", "options". */
export const OPTION_FRAME =
  /\b(might|could|would|maybe|perhaps|consider\w*|options?|(thinking|thought) (about|of)|whether|allure|ideas?|pursue|explore|exploring|looking (at|into)|steer\w*|open to|possibilit\w*|alternatives?|tempt\w*|offers?|offered|on the table|torn between|leaning (towards?|to)|approached|interested in hiring|or|either|versus|vs)\b/;

/** The role left behind: "I resigned", "after six years as", "I'm handing over the CTO job". */
export const LEFT_FRAME =
  /\b(left|leave|leaving|resigned|resign|stepped down|step down|stepping down|quit|quitting|after (\w+ ){1,3}as|used to be|former|gave up|give it up|from|hand(ing|ed|s)? (over|off|on)|step(ped|ping|s)? (out|away|back) (of|from))\b/;

/**
 * A path named to be ruled out: "not planning to be an employee again", "never be a startup", "I
 * will not choose to be a manager".
 */
export const REJECT_PATH_FRAME =
  /\b(not planning to|not going to|(won'?t|will not|would not|wouldn'?t) (ever )?(choose|want|opt|decide) to (be|become)|not choos(e|ing) to (be|become)|i won'?t (ever |again )?(be|become)|never (be|become)|will never|no longer want|don't want to (be|become)|do not want to (be|become)|is not and will never|not (be|become) an?|(didn't|did not|never) (seriously )?consider(ed)?|ruled out|not on (my|the) (list|table))\b/;

/** The author has not decided yet. */
/** A present role named after the fact: "I'm a staff engineer at my new company". */
export const CHOSEN_AFTER =
  /\b(at|in|for) (this|my|the) new (place|job|role|company|team|employer)\b/;

/**
 * Put before a phrase of working something out ("figure out") so that it is not read when the
 * author helps others do it ("helping their architects figure out whether our platform fits"):
 * a regular expression's source, shared by the undecided and searching frames.
 */
export const NOT_HELPING_BEFORE = String.raw`(?<!\bhelp(s|ed|ing)? ([\w'-]+ ){0,3})`;

export const UNDECIDED_FRAME = new RegExp(
  String.raw`\b(no idea|not sure|undecided|haven't decided|have not decided|don't know (yet|what)|${NOT_HELPING_BEFORE}figure (it |things )?out|explore all|explore the options|open to all|open to (speaking|talking|offers|opportunities|new)|contemplat\w*|test the waters|see what('s| is| else is)? out there|begin my search|what'?s next(?!\s*[:—–-]\s*\S)|job search|searching for|if you know of|reach out|keep my options open|weighing|still deciding|not deciding (yet|today|tonight|now|anything|until)|(don't|do not) feel decided|cannot wait to get back|(start|starting|begin|beginning) to look( around)?|i('m| am) open to|until i know|can(no|')t (pick|decide|choose)|torn between|leaning (towards?|to)|(haven't|have not) (made up my mind|chosen|picked)|i('ll| will) decide|decide (by|between|whether)|(i('m| am)|i('ll| will) be) (now |currently |actively )?looking for (in )?(a |my |the )?(next|new) (role|job|position|step|opportunity|challenge|thing))\b`,
);

/** An open question said without a person: "Nothing decided yet.", "nothing is settled". */
export const NOTHING_DECIDED =
  /\b(nothing('s| is| has been)? (decided|settled|final|signed)|still undecided|no decision yet)\b/;

/**
 * How many sentences of a post leave its author's next step open: an undecided frame said in
 * the first person ({@link UNDECIDED_FRAME}), or {@link NOTHING_DECIDED}.
 */
export function openQuestions(sentences: readonly { norm: string }[]): number {
  return sentences.filter(
    (s) =>
      (UNDECIDED_FRAME.test(s.norm) && FIRST_PERSON.test(s.norm)) || NOTHING_DECIDED.test(s.norm),
  ).length;
}

/** Goals: "my long-term goal is", "it's my intention to", "I aspire to". */
export const GOAL_FRAME =
  /\b(long[- ]term (goal|vision|plan)|my (goal|aim|ambition|intention|plan|dream) (is|was|would be)|it's my intention|i (aspire|aim|plan|intend|hope) to|(one|some) day i|eventually i|ultimately i|in the (next|coming) (\w+ )?(years|decade)|i want to (become|be|grow into|get to|end up)|end goal|north star|next step (is|will be))\b/;
