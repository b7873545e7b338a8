// Scenes of people doing things (docs/local-engine.md, "Scenes of people"): the place an activity
// happens in when the prompt names none (a meeting in an office, a patient in a clinic, a
// skateboarder at a skatepark), the right sense of a word a scene gives it (a keynote "speaker" is
// a person, not a loudspeaker), how many take part (a yoga class is several), and how they are
// arranged: a speaker or a teacher facing a seated audience, an interview across a desk.
import { GROUP_WORDS } from '../read/lexicon-actions.js';
import { unnegated } from '../read/negation.js';
import { resolveThing, thingOf } from '../read/things.js';
import type { Token } from '../read/tokens.js';
import type { ScenePlan, Subject } from './scene-plan.js';

/** Words of a talk given to listeners: the speaker is a person, and faces an audience. */
const TALK = /\b(keynote|presentations?|presenting|presents|present to|speech|talks?|audience|podium|lectern|conferences?|seminars?|lectures?|lecturing|motivational|public speaking|tedx?|pitch(?:ing)? to|addressing|attendees|stage)\b/;
/** A speaker's talk to an audience (or a teacher's class) is drawn as an audience facing them. */
const ADDRESS = /\b(presentations?|presenting|presents|present to|audience|keynote|speech|lectures?|lecturing|seminars?|addressing|pitch(?:ing)? to|attendees|conference|teaching|teaches|teach|students|pupils|lecture hall)\b/;
const FRONT_KEYS = new Set(['teacher']);
/** A call seen on a screen; "a conference call" too, but not "a call centre" or "a phone call". */
const CALL = /\b(video[- ]?(?:calls?|conferenc\w+|chats?|meetings?)|zoom (?:calls?|meetings?)|online (?:meetings?|calls?)|virtual (?:meetings?|calls?)|remote meetings?|facetime|skype|teams call|webinar)\b/;
const CALL_GEAR = new Set(['telephone-receiver', 'film-projector', 'videocassette', 'telephone', 'mobile-phone', 'laptop', 'desktop-computer', 'video-camera', 'movie-camera']);
const BUSTS = new Set(['teacher', 'student']);
/** Who serves a table: drawn standing beside the seated customers (compose/interactions/together.ts). */
export const SERVERS = /\b(waiter|waitress|server|barista|bartender|sommelier)\b/;
/** Settings an activity implies when no place is named, first match wins. */
const ACTIVITY_SETTINGS: [RegExp, ScenePlan['setting']][] = [
  [/\bskate[- ]?board(?:er|ers|ing)?\b|\bskaters?\b(?! on ice)/, 'skatepark'],
  [/\b(doctors?|nurses?|patients?|surgeons?|dentists?|physicians?|medical|check-?ups?|hospital|paediatrician|pediatrician)\b/, 'clinic'],
  [/\bconstruction\b|\b(?:builders?|bricklayers?|hard hats?)\b/, 'construction-site'],
  [/\b(lectures?|lecture hall|students?|lecturer|professor)\b/, 'classroom'],
  [/\b(concerts?|gigs?|keynote|on stage|conferences?(?! (?:table|room|call))|seminars?|speech|audience|podium|presentation to|attendees)\b/, 'stage'],
  [/\b(meetings?|brainstorm\w*|interviews?|coworkers?|co-workers?|colleagues?|business(?:men|women|man|woman| people| team| deal)?|office workers?|employees|staff|startup|corporate|handshake|shaking hands|presentations?|work(?:ing)? at laptops?|collaborat\w+)\b/, 'office'],
  [/\bpart(?:y|ies)\b/, 'living-room'],
  [/\b(family dinner|dinner party|thanksgiving|family meal|dinner table|having dinner|eating dinner)\b/, 'living-room'],
  [/\b(marathon|race|runners)\b/, 'city-street'],
];
/** Settings a subject's own inference may have given, which an activity's place overrides. */
const WEAK = new Set<ScenePlan['setting']>(['park', 'city-street', 'skyline', 'office']);
/** Classes of one exercise: a yoga class is several people in the pose. */
const CLASS = /\b(yoga|pilates|fitness|exercise|aerobics|zumba|spin|meditation|tai chi|stretching) (?:class(?:es)?|session|group)\b/;
/** Words the scene draws: no longer listed as not drawn. */
const DRAWN = new Set(['business', 'job', 'keynote', 'conference', 'audience', 'attendees', 'crowd', 'class', 'presentation', 'deal',
  'lecture', 'seminar', 'speech', 'talk', 'party', 'construction', 'site', 'rink', 'skatepark', 'spectators', 'marathon', 'meeting',
  'interview', 'customers', 'guests', 'staff', 'employees']);

/** Before the interaction is read: the people's senses, counts and the activity's place. */
export function readPeopleScene(plan: ScenePlan, all: Token[]): void {
  const lower = unnegated(all).map((t) => t.normal).join(' ');
  // "A keynote speaker on stage", "a speaker giving a presentation": a person talking.
  if (TALK.test(lower) || /\bspeakers? (?:giving|gives|talking|speaking|addressing)\b/.test(lower)) {
    for (const s of plan.subjects) if (s.thing.key === 'speaker-high-volume') Object.assign(s, { label: 'speaker', thing: { ...thingOf('person', 'speaker'), animate: true } });
  }
  // A presentation's chart is the screen the audience watches (drawn by the template).
  if (ADDRESS.test(lower)) plan.subjects = plan.subjects.filter((s) => s.role === 'main' || s.thing.key !== 'bar-chart');
  // "A yoga class": three in the pose, side by side.
  const main = plan.subjects.find((s) => s.role === 'main');
  if (CLASS.test(lower) && main?.thing.animate && main.count < 3) main.count = 3;
  // "A runner in a marathon": other runners beside them.
  if (/\b(marathon|race)\b/.test(lower) && main?.thing.key === 'person-running' && main.count < 3) main.count = 3;
  // "A nurse smiling in a hospital": the hospital is her ward, not a building beside her.
  const people = plan.subjects.some((s) => s.thing.animate);
  if (people && /\b(?:in|at|inside) (?:a |the )?hospital\b/.test(lower)) plan.subjects = plan.subjects.filter((s) => s.thing.key !== 'hospital');
  if (!plan.settingExplicit || WEAK.has(plan.setting) && !plan.settingExplicit) {
    const place = ACTIVITY_SETTINGS.find(([re]) => re.test(lower))?.[1];
    if (place && (people || peopleImplied(lower) || all.some((t) => t.normal in GROUP_WORDS))) {
      plan.setting = place;
      // A party's balloons and poppers.
      // A party's balloons (a bunch, big enough to read) and poppers; "a party" alone is its guests.
      if (/\bpart(?:y|ies)\b/.test(lower) && place === 'living-room' && !plan.subjects.some((s) => s.thing.key === 'balloon')) {
        const balloons = prop('balloon');
        Object.assign(balloons, { count: 3, thing: { ...balloons.thing, size: 0.62 } });
        plan.subjects.push(balloons, prop('party-popper'));
      }
      // A birthday party's gift or cake stays, beside the guests.
      const decor = plan.subjects.find((s) => s.role === 'main');
      if (/\bpart(?:y|ies)\b/.test(lower) && !people && (!decor || PARTY_THINGS.has(decor.thing.key))) {
        if (decor) decor.role = 'prop';
        plan.subjects.unshift(...guests());
      }
    }
  }
  plan.unknown = plan.unknown.filter((w) => !DRAWN.has(w) && !(w === 'stock' && /\bstock (?:photo|image|photograph)/.test(lower)));
}

/** After the interaction is read: a talk faces its audience, two people at a clinic or an interview face each other. */
export function arrangePeopleScene(plan: ScenePlan, all: Token[]): void {
  const lower = unnegated(all).map((t) => t.normal).join(' ');
  const i = plan.interaction;
  const figures = i?.figures ?? figuresIn(plan);
  // "An online video call with the team", "a zoom meeting": a laptop showing the callers' faces.
  if (CALL.test(lower) && (!i || i.kind !== 'desk-work' || figures.length > 1)) {
    const callers = figures.slice(0, 6);
    for (const key of ['woman', 'man', 'person', 'girl']) if (callers.length < 4) callers.push(person(key));
    if (!callers.includes(plan.subjects.find((s) => s.role === 'main')!)) {
      for (const s of plan.subjects) if (s.role === 'main') s.role = 'prop';
      callers[0].role = 'main';
      plan.subjects.unshift(callers[0]);
    }
    plan.subjects = plan.subjects.filter((s) => !CALL_GEAR.has(s.thing.key) && (!s.thing.animate || callers.includes(s)));
    plan.interaction = { kind: 'desk-work', figures: callers, object: thingOf('laptop', 'laptop'), call: true, phrase: 'on a video call, their faces in a grid on a laptop screen' };
    if (!plan.settingExplicit) plan.setting = 'office';
    plan.unknown = plan.unknown.filter((w) => !['call', 'video', 'online', 'zoom', 'conference', 'meeting', 'chat'].includes(w));
    return;
  }
  if (i?.kind === 'board-game' || i?.kind === 'watch-tv' || i?.kind === 'desk-work') return;
  // "An ad for a backpack designed for busy students": the product stays the hero.
  const main = plan.subjects.find((s) => s.role === 'main');
  if (main && !main.thing.animate) return;
  // "A crowd at a rock concert": a singer with the guitar on stage, the crowd before them.
  if (/\b(concerts?|gigs?)\b/.test(lower) && /\b(crowd|audience|fans|spectators)\b/.test(lower) && figuresIn(plan).length >= 2) {
    // A whole standing person (the singer emoji is only a bust) with a microphone, and a guitar
    // at a rock concert, a gig or when one is named: drawn large across the body.
    const named = plan.subjects.filter((s) => s.thing.key === 'guitar' || s.thing.key === 'microphone');
    const rock = /\b(rock|gigs?|band|punk|metal|guitar\w*)\b/.test(lower) || named.some((s) => s.thing.key === 'guitar');
    const singer = resolveThing('person', true);
    if (singer) {
      const holding = [thingOf('microphone', 'microphone'), ...(rock ? [thingOf('guitar', 'guitar')] : [])];
      const performer: Subject = { label: 'singer', thing: { ...singer, label: 'singer' }, count: 1, size: 'normal', role: 'main', wearing: [], holding };
      for (const s of plan.subjects) s.role = 'prop';
      plan.subjects = [performer, ...plan.subjects.filter((s) => !named.includes(s))];
      plan.interaction = { kind: 'address', figures: [performer, ...(i?.figures ?? figuresIn(plan)).filter((f) => f !== performer).slice(0, 4)], phrase: 'in a crowd facing the singer on stage' };
      return;
    }
  }
  // "Kids playing soccer": one ball on the ground at a player's foot, not a ball in every hand.
  if (i?.kind === 'face' && i.figures[0]?.holding.some((t) => t.key === 'soccer-ball')) {
    const ball = i.figures[0].holding.find((t) => t.key === 'soccer-ball')!;
    for (const f of i.figures) f.holding = f.holding.filter((t) => t.key !== 'soccer-ball');
    plan.interaction = { ...i, object: ball, phrase: 'playing with a soccer ball between them' };
    return;
  }
  // "A waiter serving customers": the customers seated at a table, the waiter standing beside it.
  const server = figures.find((f) => SERVERS.test(f.label) || SERVERS.test(f.thing.key));
  if (!i && server && /\b(serv\w*|customers?|diners?|guests?|patrons?|tables?|restaurant|cafe|bistro)\b/.test(lower)) {
    const seated = figures.filter((f) => f !== server).slice(0, 4);
    // "A waiter serving diners": the diners are people even when no figure was read for them.
    if (!seated.length && /\b(serving|customers?|diners?|guests?|patrons?)\b/.test(lower)) seated.push(person('woman'), person('man'));
    if (!seated.length) return;
    for (const f of seated) if (!plan.subjects.includes(f) && f.role === 'prop' && !figures.includes(f)) plan.subjects.push(f);
    plan.interaction = { kind: 'group-table', figures: [server, ...seated], phrase: 'serving customers seated at a table with plates' };
    if (!plan.settingExplicit) plan.setting = 'restaurant';
    return;
  }
  const all3 = i?.figures ?? figuresIn(plan);
  const front = all3.findIndex((f) => FRONT_KEYS.has(f.thing.key) || /speaker|presenter|lecturer/.test(f.label));
  // "A lecturer talking to students": the class is three listeners, however few were read.
  if (ADDRESS.test(lower) && !/\b(?:table|desk)\b/.test(lower) && front >= 0 && all3.length === 2 && /\b(students|pupils|class|audience|kids|children)\b/.test(lower)) {
    const listener = all3.find((_, k) => k !== front)!;
    while (all3.length < 4) all3.push({ ...listener, role: 'prop', count: 1 });
  }
  if (ADDRESS.test(lower) && !/\b(?:table|desk)\b/.test(lower) && all3.length >= 3 && (i?.kind !== 'group-table' || front >= 0 || !/\bmeeting/.test(lower))) {
    // "Students in a lecture hall": a lecturer at the front of them.
    // "A conference with attendees", "a business presentation": a speaker in front of them, unless
    // the prompt names the one who speaks ("a woman giving a presentation to her team").
    const named = all3[0] && all3[0].count === 1 && new RegExp(`\\b${all3[0].label}\\b`).test(lower);
    if (front < 0 && !named) {
      const students = all3.every((f) => f.thing.key === 'student');
      const lead = resolveThing(students ? 'lecturer' : 'person', true);
      if (lead) all3.unshift({ label: students ? 'lecturer' : 'speaker', thing: lead, count: 1, size: 'normal', role: 'main', wearing: [], holding: [] });
    }
    const at = Math.max(0, front);
    const speaker = all3[at];
    const audience = all3.filter((_, k) => k !== at).slice(0, 4);
    // The teacher and student emoji are busts (a mortarboard and gown): in a room of seated
    // listeners they are whole people, a teacher standing, students each on a stool.
    const body = resolveThing('person', true);
    if (body) {
      for (const f of [speaker, ...audience]) {
        if (!BUSTS.has(f.thing.key)) continue;
        // The teacher keeps the emoji's book, held up.
        if (f === speaker && !f.holding.length) f.holding = [thingOf('closed-book', 'book')];
        f.thing = { ...body, key: f.thing.key, label: f.thing.label };
      }
    }
    if (plan.subjects[0] !== speaker) {
      for (const s of plan.subjects) if (s.role === 'main') s.role = 'prop';
      speaker.role = 'main';
      plan.subjects = [speaker, ...plan.subjects.filter((s) => s !== speaker)];
    }
    const teaching = speaker.thing.key === 'teacher' || /teacher|lecturer|professor/.test(speaker.label);
    plan.subjects = plan.subjects.filter((s) => s.thing.key !== 'bar-chart');
    plan.interaction = { kind: 'address', figures: [speaker, ...audience], phrase: teaching ? 'seated facing the teacher at the board' : 'seated facing the speaker beside a projection screen' };
    return;
  }
  // "A job interview", "a doctor with a patient": two facing each other across a desk.
  if ((!i || i.kind === 'face') && figures.length >= 2 && /\b(interview\w*|doctors?|patients?|consultation|check-?ups?|therapist|counsel\w*)\b/.test(lower)) {
    const pair = (i?.figures ?? figures).slice(0, 2);
    plan.interaction = { kind: 'face', figures: pair, object: thingOf('proc:table', 'desk'), phrase: 'facing each other across a desk' };
  }
  if ((!i || i.kind === 'face') && figures.length === 2 && /\b(dancing|dances|dance|waltz\w*|tango)\b/.test(lower)) {
    plan.interaction = { kind: 'face', figures: figures.slice(0, 2), phrase: 'dancing together' };
  }
}

function figuresIn(plan: ScenePlan): Subject[] {
  const out: Subject[] = [];
  for (const s of plan.subjects.filter((x) => x.thing.animate)) for (let k = 0; k < Math.min(s.count, 4); k++) out.push(k === 0 ? s : { ...s, role: 'prop', count: 1 });
  return out;
}

function peopleImplied(lower: string): boolean {
  return /\b(meetings?|interviews?|presentations?|conferences?|seminars?|lectures?|audience|crowd|party|attendees|brainstorm\w*|class|marathon|construction|skatepark|skate park)\b/.test(lower);
}

const PARTY_THINGS = new Set(['wrapped-gift', 'birthday-cake', 'balloon', 'party-popper', 'confetti-ball']);

/** Three party guests, the first the main subject, one holding a balloon. */
function guests(): Subject[] {
  return (['woman', 'man', 'girl'] as const).map((key, k) => {
    const thing = resolveThing(key, true) ?? thingOf('person', 'person');
    return { label: thing.label, thing, count: 1, size: 'normal', role: k === 0 ? 'main' : 'prop', wearing: [], holding: k === 0 ? [thingOf('balloon', 'balloon')] : [] };
  });
}

function person(key: string): Subject {
  const thing = resolveThing(key, true) ?? thingOf('person', 'person');
  return { label: thing.label, thing, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] };
}

function prop(key: string): Subject {
  const thing = thingOf(key, key.replace(/-/g, ' '));
  return { label: thing.label, thing, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] };
}
