import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectEvent, expectEvents, found, mergedInto } from './helpers/found.js';
import { extractText } from './helpers/extract.js';

// Who does what to whom across relative clauses, infinitives and pronouns; fixtures in test/fixtures/arguments.
const fixture = (name: string) => extractArticle({ ...articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/arguments', name), 'utf8'), name, name), date: '2024-03-08' }, defaultKnowledge());
const facts = (x: ReturnType<typeof fixture>) => x.facts.filter((f) => 'entity' in f.object && f.stated).map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);
const event = (x: ReturnType<typeof fixture>, trigger: string) => x.events.find((e) => e.trigger.text === trigger && e.mergedInto === undefined);

describe('verbs whose sense depends on their object', () => {
  const x = fixture('calls.txt');
  it('"called" a person is a phone call, across a relative clause between subject and verb', () => {
    expect(facts(x)).toContain('emmanuel-macron called nikol-pashinyan-q7035479');
  });
  it('"called the proposal one-sided" is no phone call', () => {
    expect(x.events.filter((e) => e.code === '041')).toHaveLength(1);
  });
  it('"welcomed" a person is hosting; "welcomed the decision" is praise', () => {
    expect(facts(x)).toContain('giorgia-meloni hosted olaf-scholz');
    expect(event(x, 'welcomed')?.code).toBe('043');
    expect(x.events.filter((e) => e.trigger.text === 'welcomed').map((e) => e.code)).toEqual(['043', '051']);
  });
});

describe('subjects', () => {
  const x = fixture('subjects.txt');
  it('a pronoun takes the subject before it, not the object of "told"', () => {
    expect(facts(x)).toContain('recep-tayyip-erdogan criticized france');
  });
  it('an infinitive takes the subject of the verb it completes ("France stood ready to host")', () => {
    expect(event(x, 'host')?.agents).toEqual(['france']);
  });
  it('the subject of a reported clause is not the object of "say"/"said"', () => {
    expect(expectEvent(x, 'say').targets).toEqual([]);
    expect(expectEvent(x, 'said').targets).toEqual([]);
  });
  it('the object of a verb does not act in the participle clause after it ("struck central Nepal …, killing")', () => {
    // "kill" is weak: it fires only with an actor, so a borrowed one would make the event.
    found(x.entities.get('nepal'), 'the entity Nepal');
    expect(event(x, 'killing')).toBeUndefined();
    expect(expectEvent(extractText('Islamist militants attacked a village in Mali on Monday, killing at least 11 people.'), 'killing').agents).toHaveLength(1);
  });
  it('representatives act for the side that names them, an ethnic description names a community, not a country, and armed forces are entities of their own', () => {
    expect(facts(x)).toContain('united-states negotiatedWith taliban');
    expect(event(x, 'shelled')?.agents).not.toContain('azerbaijan');
    expect(event(x, 'fired rockets')?.agents).toEqual(['ethnic-armenian-forces']);
  });
  it('a reduced relative clause stays inside the subject ("UN peacekeepers based in Malakal said")', () => {
    const said = x.events.filter((e) => e.trigger.text === 'said').pop()!;
    expect(said.agents).toHaveLength(1);
    expect(x.entities.get(said.agents[0]!)?.label).toMatch(/peacekeepers/i);
  });
});

describe('hosts and the events they host', () => {
  it('whoever offers to host talks offers it to their parties', () => {
    expect(facts(fixture('subjects.txt'))).toEqual(expect.arrayContaining(['france offersToHost armenia', 'france offersToHost azerbaijan']));
  });
  const x = fixture('merges.txt');
  it('"The talks between A and B, hosted by C": C hosted A and B, and hosting is not merged into the talks', () => {
    expect(facts(x)).toEqual(expect.arrayContaining(['switzerland hosted egypt', 'switzerland hosted ethiopia', 'egypt negotiatedWith ethiopia']));
  });
  it('talks that are only demanded ("must lead to negotiations") are no stated fact', () => {
    expect(event(x, 'negotiations')?.modality).toBe('proposed');
    expect(facts(x).some((f) => f.includes('negotiatedWith taliban'))).toBe(false);
  });
  it('a plan to host keeps the code of hosting; an offer is an offer (039)', () => {
    expect(event(x, 'hosting')?.code).toBe('043');
    expect(event(x, 'offered')?.code).toBe('039');
  });
  it('"it" after "Qatar\'s foreign ministry said" is the ministry, and "keep hosting" shares its subject', () => {
    expect(event(x, 'hosting')?.agents).toEqual(['qatar-foreign-ministry']);
  });
});

describe('which mentions are one event', () => {
  const x = fixture('merges.txt');
  it('two verbs of different codes are two acts ("criticised … and accused …")', () => {
    expect(event(x, 'criticised')?.code).toBe('111');
    expect(event(x, 'accused')?.code).toBe('112');
  });
  it('"offered to host" is one act', () => {
    expect(mergedInto(x, 'host')).toEqual(['offered']);
  });
  it('two verbs of saying in one breath are one statement', () => {
    expect(mergedInto(x, 'stressed')).toEqual(['voiced concern']);
  });
});

describe('warnings', () => {
  const x = fixture('warnings.txt');
  it('", warning that …" is a verb even when tagged as a noun, and speaks for the main clause\'s subject', () => {
    const warning = event(x, 'warning')!;
    expect(warning.code).toBe('130');
    expect(warning.agents).toEqual(['somalia']);
  });
  it('a warning whose content is aimed at its target threatens it too', () => {
    expect(facts(x)).toEqual(expect.arrayContaining(['somalia warned ethiopia-government', 'somalia threatened ethiopia-government']));
  });
  it('"welcomed … but warned …" shares the subject', () => {
    expect(event(x, 'warned')?.agents).toEqual(['mineworkers-union-of-zambia']);
  });
});

describe('subjects newsgraph does not know', () => {
  const x = fixture('unknown.txt');
  it('"Nordhavn also said it plans …": the pronoun names the unknown subject, not an older name', () => {
    expect(expectEvent(x, 'invest').agents).toEqual([]);
    expect(found(x.mentions.find((m) => m.text === 'it'), 'the mention "it"').refs).toEqual([]);
  });
  it('"said Qatar and the UAE had pledged": a coordinated subject of the reported clause is no object', () => {
    const said = found(x.events.find((e) => e.trigger.text === 'said' && e.sentence === 2), '"said" in sentence 2');
    expect(said.targets).toEqual([]);
  });
  it('"…, the Philippine military said": the nominal subject, not an older name, is the speaker', () => {
    const said = found(x.events.find((e) => e.trigger.text === 'said' && e.sentence === 3), '"said" in sentence 3');
    expect(said.agents).toEqual(['philippines-armed-forces']);
  });
  it('"released two fishermen after holding them": "them" are the fishermen, not the subject', () => {
    expect(found(x.mentions.find((m) => m.text === 'them'), 'the mention "them"').refs).toEqual([]);
    // (The released are the fishermen, a group newsgraph names from its demonym.)
    expect(expectEvent(x, 'released').targets).toEqual(['indonesia-fishermen']);
  });
});

describe('acts and their objects', () => {
  const x = fixture('acts.txt');
  it('"rejected that charge" denies the accusation (016) and answers its author', () => {
    expect(event(x, 'rejected')?.code).toBe('016');
    expect(facts(x)).toContain('lemlem-gebreyes rejected karim-abdel-razek');
  });
  it('a time phrase between subject and verb keeps the subject ("Kerry last week accused"), and objects do not become the next verb\'s subject', () => {
    expect(event(x, 'accused')?.agents).toEqual(['karim-abdel-razek']);
    expect(x.events.find((e) => e.trigger.text === 'accused' && e.sentence === 2)?.agents).toEqual(['john-kerry']);
    expect(event(x, 'called for')?.agents).toEqual(['john-kerry']);
  });
  it('the second half of a hyphenated compound is no event ("Iranian-supported militias")', () => {
    expect(expectEvent(x, 'backed').passive).toBe(true);
    expect(event(x, 'supported')).toBeUndefined();
  });
  it('"made similar calls" is no phone call; a name inside the that-clause\'s phrase is no addressee', () => {
    expect(x.events.some((e) => e.code === '041')).toBe(false);
    expect(expectEvent(x, 'warned').targets).toEqual([]);
  });
});

describe('triggers from the lexicon', () => {
  const x = fixture('lexicon.txt');
  it('a passive participle tagged as an adjective is the verb ("talks mediated by the committee")', () => {
    expect(event(x, 'mediated')?.agents).toEqual(['upper-nile-interchurch-committee']);
  });
  it('demands, concessions, comments, aid and praise named by their usual verbs', () => {
    expect(event(x, 'pressed for')?.code).toBe('100');
    expect(event(x, 'conceded')?.code).toBe('080');
    expect(event(x, 'comment')?.negated).toBe(true);
    expect(event(x, 'provide')?.code.slice(0, 2)).toBe('07');
    expect(event(x, 'hailed')?.code).toBe('051');
  });
});

describe('refusals and protests', () => {
  const x = fixture('refusals.txt');
  it('"refused to negotiate with Egypt" rejects Egypt', () => {
    expect(facts(x)).toContain('ethiopia rejected egypt');
  });
  it('chanting slogans against a government is protesting against it', () => {
    expect(facts(x).some((f) => /protesters protestedAgainst nigeria-government$/.test(f))).toBe(true);
  });
  it('", which Russia has refused" answers the demand before it, which was made of Russia', () => {
    expect(facts(x)).toEqual(expect.arrayContaining(['ukraine demanded russia', 'russia rejected ukraine']));
  });
});

describe('visits', () => {
  const x = fixture('visits.txt');
  it('", who visited" takes the head of the noun phrase, not a name inside its apposition ("coordinator for Somalia")', () => {
    expect(event(x, 'visited')?.agents).toEqual(['adama-saidou']);
  });
  it('the place a visit happens in is the place visited', () => {
    expect(facts(x)).toEqual(expect.arrayContaining(['adama-saidou visited baidoa', 'william-ruto visited garissa']));
  });
});

describe('reactions', () => {
  const x = fixture('reactions.txt');
  it('"drawing a warning from Russia": Russia warned whoever drew it', () => {
    expect(facts(x)).toContain('russia warned nato');
  });
  it('", which called … and said …": the second verb shares the relative clause\'s subject', () => {
    expect(event(x, 'said')?.agents).toEqual(['russia']);
  });
});

describe('claims and further acts', () => {
  const x = fixture('claims.txt');
  it('what someone is accused of is reported, not stated: no fact', () => {
    const backing = event(x, 'backing')!;
    expect(backing.code).toBe('072');
    expect(backing.modality).toBe('reported');
    expect(x.facts.find((f) => f.predicate === 'supported')?.stated).toBe(false);
  });
  it('firing tear gas, calling off talks, missile tests and making no comment are events with their agents', () => {
    expect(event(x, 'tear gas')?.agents).toHaveLength(1);
    expect(event(x, 'called off')?.code).toBe('164');
    expect(event(x, 'missile tests')?.agents).toEqual(['russia-government']);
    expect(event(x, 'comment')?.agents).toEqual(['syrian-armed-forces']);
  });
});

describe('condemning an event', () => {
  const x = fixture('condemnations.txt');
  it('"condemned what he called a … attack" and "condemned the killings" condemn the raid, and so its authors', () => {
    const killed = event(x, 'killed')!;
    expect(x.events.filter((e) => e.code === '111').map((e) => e.targetEvents)).toEqual([[killed.id], [killed.id]]);
    const gunmen = killed.agents[0]!;
    expect(facts(x)).toEqual(expect.arrayContaining([`roch-kabore condemned ${gunmen}`, `france condemned ${gunmen}`]));
  });
});

describe('scenes', () => {
  const x = fixture('scenes.txt');
  it('"failed to reach an agreement": the light verb\'s infinitive takes the governing verb\'s subject, and the failure negates it', () => {
    const agreement = event(x, 'agreement')!;
    expect(agreement.agents).toEqual(['norway', 'iceland']);
    expect(agreement.negated).toBe(true);
  });
  it('"…, after two days of talks": the talks were held by the parties of the joint act', () => {
    expect(facts(x)).toContain('norway negotiatedWith iceland');
  });
  it('a host is no party to the talks it hosts', () => {
    expect(found(x.events.find((e) => e.trigger.text === 'talks' && e.sentence === 1), '"talks" in sentence 1').agents).toEqual([]);
  });
});

describe('directives', () => {
  const x = fixture('directives.txt');
  it('what an appeal or demand asks for is its content, not an act of its own', () => {
    expect(event(x, 'agree')).toBeUndefined();
    expect(event(x, 'withdraw')).toBeUndefined();
    expect(event(x, 'urged')?.otherTriggers.map((o) => o.text)).toContain('agree');
    expect(facts(x)).toEqual(expect.arrayContaining(['us-state-department demanded rwanda', 'somalia demanded ethiopia']));
  });
  it('what is denied ("denied supplying drones") is no act of its own either', () => {
    expect(event(x, 'supplying')).toBeUndefined();
    expect(event(x, 'denied')?.otherTriggers.map((o) => o.text)).toContain('supplying');
    // The drones are the object of "supplying", not of "denied".
    expect(event(x, 'denied')?.targets).toEqual([]);
  });
  it('"called for calm" is an appeal (02), not a demand of anyone', () => {
    expect(event(x, 'called for')?.code).toBe('020');
  });
});

describe('more triggers from the lexicon', () => {
  const x = fixture('lexicon2.txt');
  it('sharing data (064), campaigning for someone (053, supported), legal challenges and appeals of a verdict (115), arms sales (062)', () => {
    expect(event(x, 'shared')?.code).toBe('064');
    expect(facts(x)).toContain('hakainde-hichilema supported grace-mutale-banda');
    expect(event(x, 'challenge')?.code).toBe('115');
    expect(event(x, 'appeal')?.code).toBe('115');
    expect(event(x, 'sold')?.code).toBe('062');
  });
});

describe('patterns from real news', () => {
  const x = fixture('realnews.txt');
  it('"called Trump\'s conduct a breach" is no phone call', () => {
    found(x.entities.get('donald-trump'), 'the entity Donald Trump');
    expect(x.events.some((e) => e.code === '041')).toBe(false);
    expect(expectEvent(extractText('House Speaker Nancy Pelosi called Donald Trump on Monday.'), 'called').code).toBe('041');
  });
  it('"was planning to visit" is a plan', () => {
    expect(event(x, 'visit')?.modality).toBe('planned');
  });
  it('", first elected to Congress in 1996, was born": the name was elected, it elected no one', () => {
    // "elect" is weak: it fires only with an actor, so reading the name as the elector would make the fact.
    found(x.entities.get('elijah-cummings'), 'the entity Elijah Cummings');
    expect(x.facts.some((f) => f.predicate === 'elected')).toBe(false);
    expect(extractText('The National Assembly elected Cyril Ramaphosa as president on Friday.').facts.some((f) => f.predicate === 'elected')).toBe(true);
  });
  it('"expelled the ambassador over the agreement" does not act on the agreement\'s parties', () => {
    expect(expectEvent(x, 'expelled').targetEvents).toEqual([]);
    expect(facts(x).some((f) => f.includes(' expelled '))).toBe(false);
  });
});

describe('more patterns from real news', () => {
  const x = fixture('realnews2.txt');
  it('"wins re-election over Biden": one wins a seat or a place, not a person', () => {
    found(x.entities.get('joe-biden'), 'the entity Joe Biden');
    expect(x.facts.some((f) => f.predicate === 'won')).toBe(false);
  });
  it('"supported the Eighteenth Amendment to the United States Constitution": a name after a thing object belongs to it', () => {
    expect(expectEvent(x, 'supported').targets).toEqual([]);
  });
  it('a place a planned trip goes to is its target, not the meeting\'s, and no fact states the visit', () => {
    expect(expectEvents(x, 'trip')[0]).toMatchObject({ targets: ['warsaw'], modality: 'planned' });
    expect(expectEvent(x, 'meeting').targets).not.toContain('warsaw');
    expect(facts(x).some((f) => f.endsWith(' warsaw'))).toBe(false);
  });
  it('"Biden denied the allegations" does not answer a criticism aimed at someone else', () => {
    expect(expectEvent(x, 'denied').agents).toEqual(['joe-biden']);
    expect(facts(x).some((f) => f.startsWith('joe-biden ') && f.endsWith(' bernie-sanders'))).toBe(false);
  });
});

describe('passives and reported clauses', () => {
  const x = fixture('passives.txt');
  it('an irregular participle after "was" is passive ("was told by X"): X told the subject', () => {
    expect(facts(x)).toContain('yevgeny-zinichev told vladimir-putin');
  });
  it('"claimed Spanton first complained": an adverb between does not make the reported subject an object', () => {
    expect(expectEvent(x, 'claimed').targets).toEqual([]);
  });
});

describe('senses that are no events', () => {
  const x = fixture('realnews3.txt');
  it('"hails from Arizona" is no praise; "arranged for troops to be available" is no mediation', () => {
    expect(expectEvent(x, 'praised').agents).toEqual(['adam-kokesh']);
    expect(expectEvent(x, 'said').agents).toEqual(['john-bel-edwards']);
    expect(event(x, 'hails')).toBeUndefined();
    expect(x.events.some((e) => e.code === '045')).toBe(false);
  });
});

describe('aid', () => {
  const x = fixture('aid.txt');
  it('releasing money is aid, not a prisoner release; readiness to send relief is an offer of aid (033)', () => {
    expect(x.events.some((e) => e.code === '0841')).toBe(false);
    expect(event(x, 'release')?.code.slice(0, 2)).toBe('07');
    expect(event(x, 'send')?.code).toBe('033');
  });
  it('"sending people fleeing" is no aid, even with aid workers in the sentence', () => {
    expectEvent(x, 'Fighting');
    expect(event(x, 'sending')).toBeUndefined();
  });
});

describe('titles', () => {
  it('"The government of President X has refused": X is inside the subject, not the subject', () => {
    const x = fixture('titles.txt');
    // "refuse" is weak: it fires only with an actor, so reading X as the subject would make the event.
    found(x.entities.get('sebastian-pinera'), 'the entity Sebastián Piñera');
    expect(x.events.filter((e) => e.agents.includes('sebastian-pinera'))).toEqual([]);
    expect(expectEvent(extractText('The government of Chile has refused to back a new withdrawal.'), 'refused').agents).toEqual(['chile-government']);
  });
});

describe('economic acts', () => {
  const x = fixture('economy.txt');
  it('pledging funds is economic aid, supplying gas is economic cooperation, financing is economic aid', () => {
    expect(event(x, 'pledged')?.code).toBe('071');
    expect(event(x, 'supply')?.code).toBe('061');
    expect(event(x, 'finance')?.code).toBe('071');
  });
});

describe('objects and control', () => {
  const x = fixture('control.txt');
  it('"telephoned Dahal to offer his condolences": the one called does not act in the caller\'s purpose, nor in the next verb', () => {
    expect(event(x, 'offer')?.agents ?? []).not.toContain('pushpa-kamal-dahal');
    expect(event(x, 'offer')?.targets ?? []).toEqual([]);
    expect(event(x, 'said')?.agents).toEqual(['narendra-modi']);
  });
  it('"including Hungary" does not make Hungary an object', () => {
    expect(event(x, 'opposed')?.agents).toEqual(['hungary']);
  });
});

describe('things, titles and names around the object', () => {
  const x = fixture('objects2.txt');
  it('"Howard Rubel, a Toronto lawyer, told": a name that modifies a noun is no subject', () => {
    expect(event(x, 'told')?.agents).toEqual(['howard-rubel']);
  });
  it('an unknown first name in a coordination does not hide the object ("sentenced David and Louise Turpin")', () => {
    expect(facts(x)).toContain('bernard-schwartz sentenced louise-turpin');
  });
  it('"withdrew her name from consideration to be Joe Biden\'s running mate": the thing is the object, not Biden', () => {
    expect(expectEvent(x, 'withdrew').targets).toEqual([]);
  });
});

describe('appositions', () => {
  const x = fixture('appositions.txt');
  it('the person named before an apposition acts, not a name inside it ("Adam Kokesh, an Iraq War veteran, … spoke")', () => {
    expect(event(x, 'spoke')?.agents).toEqual(['adam-kokesh']);
    expect(event(x, 'told')?.agents).toEqual(['howard-rubel']);
    // A news outlet is the channel of what is said, not its addressee (issue #15): no "told BBC" fact.
    expect(facts(x).filter((f) => f.includes(' told '))).toEqual([]);
  });
});

describe('possessors after a thing object', () => {
  const x = fixture('possessors.txt');
  it('a name with "\'s" after a thing object owns what follows; it is no object ("told local media Adamowicz\'s heart")', () => {
    expect(event(x, 'told')?.targets).toEqual([]);
    expect(facts(x)).toContain('emily-spanton metWith antoine-quirin');
  });
});

describe('what an act leaves', () => {
  const x = fixture('withdrawals.txt');
  it('names the target of a withdrawal after "from" only ("withdrew the United States from the treaty" leaves no country)', () => {
    expect(facts(x)).toContain('russia withdrewFrom syria');
    expect(facts(x).filter((f) => f.startsWith('donald-trump withdrewFrom'))).toEqual([]);
  });
  it('names whom one speaks with after "with" or "to", across a title, and not whom one speaks for', () => {
    expect(event(x, 'speaking')?.targets).toEqual([]);
    expect(facts(x)).toContain('dominic-raab spokeWith mike-pompeo');
    expect(facts(x).some((f) => f.startsWith('kyriakos-mitsotakis spokeWith'))).toBe(true);
  });
});

describe('addressees and moods', () => {
  const x = fixture('addressees.txt');
  it('a bare "the government" in a story about one country is that country\'s government', () => {
    expect(facts(x)).toContain('democratic-progressive-party-q1185876 accused malawi-government');
  });
  it('a demand that names no one is made of whom the act joined to it by "and" was aimed at', () => {
    expect(facts(x)).toContain('democratic-progressive-party-q1185876 demanded malawi-government');
  });
  it('two verbs in different moods are two acts ("had acquired … and would invest")', () => {
    expect(event(x, 'acquired')?.modality).toBe('asserted');
    expect(event(x, 'invest')?.modality).not.toBe('asserted');
  });
});

describe('objects', () => {
  const x = fixture('conjuncts.txt');
  it('every conjunct of a coordinated object is an object, a capital standing for its government ("accused Moscow and Tehran")', () => {
    expect(facts(x)).toEqual(expect.arrayContaining(['ayla-demir accused russia-government', 'ayla-demir accused iran-government']));
  });
  it('a possessor before a named body is not the object; the body is', () => {
    const f = facts(x).filter((s) => s.startsWith('mountain-relief-network criticized'));
    expect(f).toEqual(['mountain-relief-network criticized disaster-management-authority']);
  });
});

describe('criticism received', () => {
  const x = fixture('criticism-faced.txt');
  const rebels = [...x.entities.values()].find((e) => e.label === 'rebels')?.key;
  it('"The Ecuadorian president" is the one person the story names "President", in a story about Ecuador', () => {
    expect(x.mentions.find((m) => m.text === 'The Ecuadorian president')?.refs).toEqual(['rafael-montoya']);
  });
  it('"has faced criticism from X" is criticism by X of the subject; "X, who accuse" inside a phrase still has X as subject', () => {
    expect(facts(x)).toContain(`${rebels} criticized rafael-montoya`);
    expect(facts(x)).toContain(`${rebels} accused ecuador-government`);
  });
});

describe('further meetings of talks already reported', () => {
  it('"ready to host further rounds" offers to host the parties of the talks before', () => {
    expect(facts(fixture('rounds.txt'))).toEqual(expect.arrayContaining(['denmark offersToHost norway', 'denmark offersToHost iceland']));
  });
});

describe('a described body', () => {
  it('"The Islamist group" takes up the armed group named just before, and is what a passive accusation is aimed at', () => {
    const x = fixture('described-group.txt');
    expect(x.mentions.find((m) => m.text === 'The Islamist group')?.refs).toEqual(['boko-haram']);
    expect(facts(x)).toContain('nigeria-government accused boko-haram');
  });
});

describe('infinitives of purpose', () => {
  const x = fixture('purpose.txt');
  const dockworkers = [...x.entities.values()].find((e) => e.label.toLowerCase() === 'dockworkers')?.key;
  it('the subject stands before a place phrase ("Dockworkers at two Ghanaian ports protested"), and the purpose has it too', () => {
    expect(event(x, 'protested')?.agents).toEqual([dockworkers]);
    expect(facts(x)).toContain(`${dockworkers} demanded ghana-government`);
  });
  it('an infinitive a noun takes ("an agreement to buy") or a gerund before it ("for offering to host") is not the purpose of the verb before', () => {
    expect(expectEvent(x, 'buy').agents).toEqual([]);
    // ("offering to host" is one act, the offer to host; the one thanked for it makes it.)
    const offer = found(x.events.find((e) => e.code === '039' && e.mergedInto === undefined), 'the offer to host');
    expect(offer.agents).toEqual(['recep-tayyip-erdogan']);
  });
});

describe('what a warning is about', () => {
  const x = fixture('warning-content.txt');
  it('"warned that Ghana could …" predicts what Ghana may do; it warns no one', () => {
    expect(found(x.events.find((e) => e.agents.includes('amara-diallo') && e.code.startsWith('13')), 'a warning by Amara Diallo').targets).toEqual([]);
  });
  it('"warned that Togo must …" is addressed to Togo', () => {
    expect(facts(x)).toContain('ines-sallah warned togo');
  });
});

describe('a country\'s places as targets', () => {
  const x = fixture('national-targets.txt');
  it('"attack Ukrainian cities" is aimed at Ukraine; "attacked a Ukrainian journalist" is not', () => {
    expect(event(x, 'attack')?.targets).toEqual(['ukraine']);
    expect(event(x, 'attacked')?.targets ?? []).not.toContain('ukraine');
  });
});
