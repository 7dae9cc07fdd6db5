// SPDX-License-Identifier: EUPL-1.2
import { themes as allThemes, type Theme } from '../../pilots/pilots.tables.js';
import type { Random } from './random.js';
import { topics as baseTopics, type Topic } from './topics.js';
import { moreTopics } from './topics-more.js';
import { approachSentences, deliverables, methods, milestoneEvents, months, places, targetGroups, undertakings } from './phrases.js';

export const allTopics: readonly Topic[] = [...baseTopics, ...moreTopics];

export interface SyntheticPilotText {
  title: string;
  summary: string;
  what: string;
  goal: string;
  deliverables: string;
  approach: string;
  milestones: string;
  themes: Theme[];
  tags: string[];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function title(random: Random, topic: Topic): string {
  const subject = random.pick(topic.subjects);
  switch (random.int(0, 5)) {
    case 0:
      return `${capitalise(subject)} ${random.pick(methods)}`;
    case 1:
      return `${random.pick(undertakings)} ${subject} voor ${random.pick(targetGroups)}`;
    case 2:
      return `${capitalise(subject)} in ${random.pick(places)}`;
    case 3:
      return capitalise(random.pick(topic.goals));
    case 4:
      return `${capitalise(subject)} voor ${random.pick(targetGroups)} ${random.pick(methods)}`;
    default:
      return `${capitalise(random.pick(topic.goals))} ${random.pick(methods)}`;
  }
}

function milestones(random: Random, startYear: number): string {
  let month = random.int(0, 11);
  let year = startYear;
  const events = random.sample(milestoneEvents, random.int(3, 5));
  return events
    .map((event) => {
      const line = `${capitalise(months[month]!)} ${year}: ${event}.`;
      month += random.int(3, 8);
      year += Math.floor(month / 12);
      month %= 12;
      return line;
    })
    .join(' ');
}

/**
 * Composes the texts of one synthetic pilot from a topic and the phrase lists: Dutch-like, varied, and
 * clustered by topic so that similar pilots really share words. `related` mixes in a second topic now and then.
 */
export function composePilotText(random: Random, names: { initiator: string; partner: string; startYear: number }): SyntheticPilotText {
  const topic = random.pick(allTopics);
  const related = random.chance(0.15) ? random.pick(allTopics) : topic;
  const group = random.pick(targetGroups);
  const place = random.pick(places);
  const method = random.pick(methods);
  const [problem, otherProblem] = random.sample(topic.problems, 2);
  const fill = (sentence: string) =>
    sentence.replace('{n}', String(random.int(2, 6))).replace('{partner}', names.partner).replace('{group}', group);
  const themeSet = new Set<Theme>(topic.themes);
  if (related !== topic) themeSet.add(related.themes[0]);
  if (random.chance(0.1)) themeSet.add(random.pick(allThemes));
  const tags = new Set(random.sample(topic.tags, random.int(2, 4)));
  if (related !== topic) tags.add(random.pick(related.tags));
  const [firstDeliverable, secondDeliverable] = random.sample(deliverables, 2);
  return {
    title: title(random, topic),
    summary: `${names.initiator} wil ${random.pick(topic.goals)} in ${place}, ${method}. Het probleem: ${problem}.`,
    what:
      `${capitalise(problem!)}. ${otherProblem ? `Ook ${otherProblem}. ` : ''}` +
      `In deze pilot pakken we ${random.pick(topic.subjects)} anders aan: ${method}, samen met ${group}.`,
    goal: `We willen ${random.pick(topic.goals)}. Daarnaast willen we ${random.pick(related.goals)}. Werkt het, dan kunnen andere gemeenten de aanpak overnemen.`,
    deliverables: `De pilot levert ${firstDeliverable} en ${secondDeliverable}.`,
    approach: random.sample(approachSentences, random.int(2, 3)).map(fill).join(' '),
    milestones: milestones(random, names.startYear),
    themes: [...themeSet],
    tags: [...tags],
  };
}
