// SPDX-License-Identifier: EUPL-1.2
/** Demo expert pool (issue 4 point 4): demo members who offer what they know, to coach or support other pilots. */
import type { ExpertOffer } from '../../knowledge/knowledge.schemas.js';
import type { Theme } from '../../pilots/pilots.tables.js';

export interface DemoExpert {
  /** DemoUser key. */
  user: string;
  bio: string;
  themes: Theme[];
  tags: string[];
  offers: ExpertOffer[];
}

export const demoExperts: DemoExpert[] = [
  {
    user: 'ingrid-van-der-meer',
    bio: 'Ik werk al vijftien jaar in de schuldhulpverlening in Rotterdam en trek de vroegsignalering met verhuurders, energieleveranciers en zorgverzekeraars. Ik denk graag mee over afspraken met ketenpartners en over hoe je een eerste huisbezoek laagdrempelig houdt.',
    themes: ['social_domain'],
    tags: ['schuldhulpverlening', 'vroegsignalering', 'ketensamenwerking'],
    offers: ['coaching', 'support'],
  },
  {
    user: 'jolanda-kuipers',
    bio: 'Consulent schulddienstverlening in Deventer. Ik help collega-gemeenten met de praktijk aan de keukentafel: welke vragen je stelt, hoe je een budgetplan maakt dat mensen volhouden en wanneer je doorverwijst.',
    themes: ['social_domain'],
    tags: ['schuldhulpverlening', 'budgetcoaching', 'huisbezoek'],
    offers: ['support'],
  },
  {
    user: 'erik-brouwer',
    bio: 'Teamleider Omgevingswet in Hengelo. We hebben de vergunningverlening omgebouwd naar werken vanuit het omgevingsplan. Ik deel graag onze werkinstructies en wat we leerden over de samenwerking met de omgevingsdienst.',
    themes: ['spatial_planning'],
    tags: ['omgevingswet', 'vergunningverlening', 'omgevingsplan'],
    offers: ['coaching'],
  },
  {
    user: 'dirk-hartman',
    bio: 'Bij de omgevingsdienst werk ik aan toepasbare regels en het Digitaal Stelsel Omgevingswet. Ik kan helpen bij het opstellen van vragenbomen voor vergunningchecks en bij de aansluiting op het Omgevingsloket.',
    themes: ['spatial_planning', 'data_technology'],
    tags: ['omgevingswet', 'toepasbare regels', 'dso'],
    offers: ['support'],
  },
  {
    user: 'dewi-sastro',
    bio: 'Adviseur data-ethiek in Leiden. Ik begeleid teams bij een DPIA, een IAMA of de vraag of een algoritme in het register hoort. Liefst vroeg in de pilot, zodat privacy een ontwerpkeuze wordt en geen hobbel aan het eind.',
    themes: ['data_technology', 'democracy'],
    tags: ['privacy', 'data-ethiek', 'dpia', 'algoritmeregister'],
    offers: ['coaching', 'support'],
  },
  {
    user: 'wouter-janssen',
    bio: 'Adviseur energietransitie in Nijmegen. Ik organiseer wijkgesprekken over aardgasvrij wonen met een digitale warmtekaart en help graag bij het opzetten van een wijkaanpak samen met corporaties en energiecoöperaties.',
    themes: ['sustainability'],
    tags: ['energietransitie', 'warmtetransitie', 'wijkaanpak'],
    offers: ['coaching'],
  },
  {
    user: 'marleen-postma',
    bio: 'Programmaleider energie in de wijk in Groningen, waar de fixteams tegen energiearmoede begonnen. Ik vertel graag hoe je fixers werft en opleidt, en hoe je de besparing per huishouden meet.',
    themes: ['sustainability', 'social_domain'],
    tags: ['energiearmoede', 'energietransitie', 'fixteams'],
    offers: ['coaching', 'support'],
  },
  {
    user: 'grietje-wiersma',
    bio: 'Adviseur participatie in Het Hogeland. Ik heb het burgerberaad over de energietransitie mee opgezet: loting, begeleiding en wat de raad met het advies doet. Ik denk mee over elke vorm van inwonersparticipatie.',
    themes: ['democracy'],
    tags: ['participatie', 'burgerberaad', 'loting'],
    offers: ['coaching'],
  },
  {
    user: 'charlotte-van-rijn',
    bio: 'Adviseur democratische vernieuwing in Haarlem. Ik help bij buurtbudgetten en burgerbegrotingen: hoe je stemrondes inricht, hoe je ook bewoners bereikt die niet vanzelf meedoen, en hoe je de raad meeneemt.',
    themes: ['democracy'],
    tags: ['participatie', 'burgerbegroting', 'buurtbudget'],
    offers: ['support'],
  },
  {
    user: 'anouk-willems',
    bio: 'Adviseur financiële processen in Apeldoorn. Met process mining en lean maakten we de factuurstroom twee keer zo snel. Ik help met het in kaart brengen van een proces en met verbeteren zonder groot project.',
    themes: ['operations'],
    tags: ['lean', 'process mining', 'procesverbetering', 'inkoop'],
    offers: ['coaching', 'support'],
  },
  {
    user: 'stefan-claes',
    bio: 'Manager informatievoorziening in Maastricht. Ik heb ervaring met inkoop en aanbesteding van software voor pilots: hoe je klein begint zonder vast te zitten aan één leverancier, en hoe je Common Ground-eisen in een uitvraag zet.',
    themes: ['operations', 'data_technology'],
    tags: ['inkoop', 'aanbesteden', 'common ground'],
    offers: ['support'],
  },
  {
    user: 'fatma-yilmaz',
    bio: 'Adviseur basisregistraties in Tilburg en trekker van de aanpak adreskwaliteit. Ik help gemeenten die met signalen over onjuiste inschrijvingen in de BRP willen werken, ook met de juridische kant en de uitleg aan inwoners.',
    themes: ['service_delivery', 'safety'],
    tags: ['brp', 'adreskwaliteit', 'basisregistraties'],
    offers: ['coaching', 'support'],
  },
  {
    user: 'ellen-brink',
    bio: 'Onderzoeker publieke innovatie. Ik coach pilotteams bij leerdoelen, reflectiesessies en het go/no-go-gesprek, en help om van een geslaagde pilot een besluit over opschaling te maken.',
    themes: ['operations', 'social_domain'],
    tags: ['pilotcoaching', 'evaluatie', 'opschaling'],
    offers: ['coaching'],
  },
];
