import countries from '../../data/gazetteer/countries.json' with { type: 'json' };
import cities from '../../data/gazetteer/cities.json' with { type: 'json' };
import people from '../../data/gazetteer/people.json' with { type: 'json' };
import organizations from '../../data/gazetteer/organizations.json' with { type: 'json' };
import { seeded } from '../util/random.js';

/**
 * A synthetic news corpus for benchmarks: deterministic for a seed, and varied — known and unknown
 * people, places and organisations, many sentence structures (calls, meetings, strikes, protests,
 * agreements, arrests, aid, elections, quotes, attributions, hedges, dates, quantities) — so a
 * benchmark exercises the extractors as real news does, not one paragraph repeated.
 */
export interface GeneratedArticle {
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

const GIVEN = ['Amina', 'Omar', 'Lucia', 'Tomasz', 'Keiko', 'Rahul', 'Ngozi', 'Mateo', 'Ingrid', 'Samir', 'Leila', 'Dmitri', 'Chloe', 'Kwame', 'Yusuf', 'Elena', 'Joon', 'Fatima', 'Pablo', 'Anika', 'Tariq', 'Helga', 'Marco', 'Zainab'];
const FAMILY = ['Okafor', 'Haddad', 'Moreno', 'Kowalski', 'Tanaka', 'Sharma', 'Mensah', 'Ferreira', 'Lindqvist', 'Nasser', 'Petrov', 'Dubois', 'Achebe', 'Yilmaz', 'Novak', 'Kim', 'Rahman', 'Castillo', 'Berg', 'Qureshi', 'Rossi', 'Abubakar', 'Silva', 'Hakimi'];
const TOWNS = ['Port Elmira', 'Kastoria Nova', 'San Telmo de Arriba', 'Vellore Junction', 'Ostrovka', 'Mbeyani', 'Qasr al-Nur', 'Lindenfeld', 'Tamborine', 'Ravnica'];
const ORG_HEADS = ['Ministry of Energy', 'Electoral Commission', 'Central Bank', 'Red Crescent Society', 'Farmers Union', 'Port Authority', 'Supreme Court', 'National Assembly'];
const COMPANIES = ['Norvale Mining', 'Bluecrest Logistics', 'Sahel Solar', 'Kestrel Telecom', 'Harbourline Shipping', 'Aurum Metals'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['trade', 'energy prices', 'the border dispute', 'grain exports', 'water rights', 'debt relief', 'the ceasefire', 'migration'];
const UNITS = ['people', 'soldiers', 'civilians', 'protesters', 'families', 'workers', 'prisoners'];
const HEDGES = ['reportedly', 'allegedly', 'possibly', ''];
const SOURCES = ['according to officials', 'according to local media', 'a spokesperson said', 'the ministry said'];

type Country = { id: string; label: string; demonyms?: string[]; capital?: string };
type Person = { label: string; gender?: string; offices?: { role: string; of: string }[] };

export function generateCorpus(count: number, seed = 1, startDate = '2024-01-01'): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (const a of generateArticles(count, seed, startDate)) out.push(a);
  return out;
}

export function* generateArticles(count: number, seed = 1, startDate = '2024-01-01'): Generator<GeneratedArticle> {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const C = countries as Country[];
  const cityList = cities as { label: string; country?: string }[];
  const P = people as Person[];
  const O = organizations as { label: string }[];
  const start = Date.parse(`${startDate}T12:00:00Z`);
  const person = () => (r() < 0.6 ? pick(P).label : `${pick(GIVEN)} ${pick(FAMILY)}`);
  const country = () => pick(C);
  const place = () => (r() < 0.75 ? pick(cityList).label : pick(TOWNS));
  const org = () => (r() < 0.4 ? pick(O).label : r() < 0.5 ? `the ${pick(ORG_HEADS)} of ${country().label}` : pick(COMPANIES));
  const demonym = (c: Country) => c.demonyms?.[0] ?? c.label;
  // About half of the sentences carry a date phrase, as in news.
  const when = () => (r() < 0.45 ? '' : pickWhen());
  const pickWhen = () => pick([`on ${pick(WEEKDAYS)}`, `in ${pick(MONTHS)}`, `in late ${pick(MONTHS)}`, `earlier this year`, `last week`, `on ${pick(MONTHS)} ${int(1, 28)}`, `in ${int(2015, 2023)}`]);
  const qty = () => pick([`${int(2, 90)}`, `${int(1, 9)},${int(100, 999)}`, `around ${int(10, 500)}`, `nearly ${int(100, 5000)}`, `dozens of`, `more than ${int(3, 60)}`]);

  const sentences: (() => string)[] = [
    () => `${person()} spoke by phone with ${person()} ${when()}, discussing ${pick(TOPICS)} and ${pick(TOPICS)}.`,
    () => `${person()} met ${person()} in ${place()} ${when()} for talks on ${pick(TOPICS)}.`,
    () => {
      const c = country();
      return `${demonym(c)} forces ${pick(HEDGES)} carried out airstrikes near ${place()} ${when()}, killing ${qty()} ${pick(UNITS)}, ${pick(SOURCES)}.`.replace('  ', ' ');
    },
    () => `${qty()} ${pick(UNITS)} protested outside the offices of ${org()} in ${place()} ${when()}, demanding higher wages.`,
    () => `${country().label} and ${country().label} signed an agreement on ${pick(TOPICS)} in ${place()} ${when()}.`,
    () => `Police in ${place()} arrested ${qty()} ${pick(UNITS)} ${when()}, ${pick(SOURCES)}.`,
    () => `“We will not accept any deal that ignores ${pick(TOPICS)},” ${person()} told reporters in ${place()}.`,
    () => `${org()} announced ${when()} that it would invest ${int(2, 900)} million dollars in ${place()}.`,
    () => `${person()}, the ${pick(['foreign minister', 'prime minister', 'interior minister', 'mayor'])}, condemned the attack and called for calm.`,
    () => `The government of ${country().label} said it was ready to host a third round of talks between ${country().label} and ${country().label}.`,
    () => `Voters in ${country().label} went to the polls ${when()}, and ${person()} is expected to win, ${pick(SOURCES)}.`,
    () => `Aid agencies delivered food to ${qty()} ${pick(UNITS)} in ${place()} after floods ${when()}.`,
    () => `${person()} refused to comment on the talks, but ${person()} said both sides had made progress.`,
    () => `${country().label} returned the bodies of ${qty()} ${pick(UNITS)} to ${country().label} ${when()}, ${pick(SOURCES)}.`,
    () => `The ${pick(['talks', 'meeting', 'visit'])} came as ${demonym(country())} officials warned of rising tensions in ${place()}.`,
    () => `${person()} later visited ${place()}, where ${person()} thanked ${org()} for its support.`,
  ];
  // Background and analysis: news sentences that name little or nothing.
  const filler: (() => string)[] = [
    () => 'The situation remained tense, and residents said they feared further violence.',
    () => `Analysts said the decision could have wide consequences for ${pick(TOPICS)} in the region.`,
    () => 'It was not immediately clear how many people had been affected.',
    () => 'Officials did not respond to requests for comment.',
    () => `The announcement follows months of negotiations over ${pick(TOPICS)}.`,
    () => 'Prices of basic goods have risen sharply in recent months, and many families say they can no longer afford rent.',
    () => `Critics argue that the plan does little to address ${pick(TOPICS)}, while supporters say it is a first step.`,
    () => 'Schools and hospitals in the area were closed as a precaution.',
  ];

  for (let i = 0; i < count; i++) {
    const date = new Date(start + int(0, 900) * 86_400_000).toISOString().slice(0, 10);
    const n = int(6, 14);
    const paras: string[] = [];
    let para: string[] = [];
    for (let k = 0; k < n; k++) {
      const make = r() < 0.3 ? pick(filler) : pick(sentences);
      para.push(make().replace(/\s+/g, ' ').replace(/ ,/g, ',').replace(/ \./g, '.').replace(/^(\w)/, (c) => c.toUpperCase()));
      if (para.length >= int(2, 4)) {
        paras.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paras.push(para.join(' '));
    const text = paras.join('\n\n');
    const id = `gen-${seed}-${String(i).padStart(7, '0')}`;
    yield { id, title: text.split(/[.,]/)[0]!.slice(0, 90), date, url: `https://example.org/news/${id}`, text };
  }
}
