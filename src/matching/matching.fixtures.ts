// SPDX-License-Identifier: EUPL-1.2
// Test data for the matching tests only: pilots on charging electric cars and one on loneliness.
import type { PilotInput } from '../pilots/pilots.schemas.js';

type PilotText = Pick<PilotInput, 'title' | 'summary' | 'what' | 'goal' | 'deliverables' | 'approach' | 'milestones' | 'themes' | 'tags'> & Partial<PilotInput>;

export const chargingPoints: PilotText = {
  title: 'Laadpalen in de wijk plaatsen waar de vraag groeit',
  summary: 'We plaatsen openbare laadpalen voor bewoners met een elektrische auto, vooraf op plekken waar de vraag de komende jaren groeit.',
  what: 'Bewoners wachten nu maanden op een openbare laadpaal. We voorspellen per straat hoeveel elektrische auto’s erbij komen.',
  goal: 'Kortere wachttijd voor een laadpaal en minder losse verkeersbesluiten.',
  deliverables: 'Een voorspelmodel en een werkwijze voor het plaatsen van laadpalen in clusters.',
  approach: 'Samen met de netbeheerder kiezen we plekken en plaatsen we de palen in groepjes.',
  milestones: 'Voorjaar: model klaar. Zomer: eerste clusters geplaatst. Winter: evaluatie.',
  themes: ['mobility', 'sustainability'],
  tags: ['laadpalen', 'elektrisch rijden'],
  purpose: 'implement',
};

export const chargingStations: PilotText = {
  title: 'Oplaadpunten voor elektrische auto’s dicht bij huis',
  summary: 'Samen met de netbeheerder zoeken we plekken voor nieuwe oplaadpunten, zodat bewoners hun elektrische auto dicht bij huis kunnen opladen.',
  what: 'Er zijn te weinig oplaadpunten in oudere wijken met weinig eigen parkeerplaatsen.',
  goal: 'In elke buurt binnen vijf minuten lopen een oplaadpunt.',
  deliverables: 'Een kaart met geschikte plekken en vijftig nieuwe oplaadpunten.',
  approach: 'Bewoners melden waar zij een oplaadpunt willen; de gemeente toetst de plek met de netbeheerder.',
  milestones: 'Maart: meldingen verzamelen. Juni: plekken gekozen. Oktober: oplaadpunten in gebruik.',
  themes: ['mobility'],
  tags: ['oplaadpunten'],
  purpose: 'implement',
};

export const fastChargers: PilotText = {
  title: 'Snellaadpalen bij het station voor taxi’s en deelauto’s',
  summary: 'Een proef met snellaadpalen bij het station, zodat taxi’s en deelauto’s snel elektrisch kunnen laden tussen twee ritten.',
  what: 'Elektrische taxi’s staan lang stil om te laden. Snelladers bij het station verkorten dat.',
  goal: 'Meer elektrische taxiritten en kortere laadtijden.',
  deliverables: 'Vier snellaadpalen en een evaluatie van het gebruik.',
  approach: 'Een jaar lang meten we het gebruik van de snellaadpalen en vragen we chauffeurs naar hun ervaring.',
  milestones: 'Januari: palen geplaatst. December: evaluatie.',
  themes: ['mobility'],
  tags: ['snelladen', 'taxi'],
  purpose: 'test',
};

export const loneliness: PilotText = {
  title: 'Eenzaamheid bij ouderen doorbreken',
  summary: 'Vrijwilligers bezoeken ouderen die alleen wonen en organiseren ontmoetingen in het buurthuis om eenzaamheid te doorbreken.',
  what: 'Veel ouderen in de wijk zien weken niemand. Huisartsen en wijkteams signaleren eenzaamheid, maar er is weinig aanbod.',
  goal: 'Minder ouderen die zich eenzaam voelen, gemeten met een vragenlijst.',
  deliverables: 'Een netwerk van vrijwilligers en een wekelijkse ontmoeting in drie buurthuizen.',
  approach: 'Wijkteams verwijzen ouderen door; vrijwilligers gaan op huisbezoek en nodigen uit voor de ontmoetingen.',
  milestones: 'Februari: vrijwilligers geworven. April: eerste ontmoetingen. November: meting.',
  themes: ['social_domain'],
  tags: ['eenzaamheid', 'ouderen'],
  purpose: 'test',
};

export const wasteCollection: PilotText = {
  title: 'Slimme afvalinzameling met sensoren in containers',
  summary: 'Sensoren in ondergrondse containers melden hoe vol ze zijn, zodat de vuilniswagen alleen rijdt waar het nodig is.',
  what: 'Vuilniswagens rijden vaste routes, ook langs halflege containers.',
  goal: 'Minder ritten en schonere straten.',
  deliverables: 'Sensoren in tweehonderd containers en een planningsmodel.',
  approach: 'Twee wijken, zes maanden meten en vergelijken.',
  milestones: 'Start, tussenmeting, evaluatie.',
  themes: ['public_space'],
  tags: ['afval'],
};

const otherTopic = (title: string, summary: string, themes: PilotText['themes']): PilotText => ({
  title,
  summary,
  what: summary,
  goal: 'Leren of deze aanpak werkt en wat ervoor nodig is om hem in het gewone werk op te nemen.',
  deliverables: 'Een evaluatie en een advies aan het college.',
  approach: 'Een half jaar proberen in een of twee wijken, met tussentijdse metingen.',
  milestones: 'Start, tussenmeting en evaluatie.',
  themes,
  tags: [],
});

/** Pilots on unrelated topics, so a test collection is not dominated by one subject. */
export const otherTopics: PilotText[] = [
  otherTopic('Digitale parkeervergunning voor bezoekers', 'Bewoners regelen de parkeervergunning voor hun bezoek voortaan zelf online, zonder formulier.', ['service_delivery']),
  otherTopic('Bibliotheek als plek voor digitale vaardigheden', 'In de bibliotheek helpen vrijwilligers inwoners met DigiD, e-mail en online formulieren.', ['social_domain']),
  otherTopic('Jongerenpanel over de inrichting van het park', 'Een panel van jongeren denkt mee over sport en spelen in het nieuwe park.', ['democracy']),
  otherTopic('Zwerfafval rond winkelcentra verminderen', 'Met opvallende afvalbakken en gedragsonderzoek proberen we minder zwerfafval rond winkelcentra te krijgen.', ['public_space']),
  otherTopic('Vergunningen voor evenementen sneller verlenen', 'Organisatoren van evenementen krijgen één loket en een digitale aanvraag met vaste termijnen.', ['service_delivery']),
];
