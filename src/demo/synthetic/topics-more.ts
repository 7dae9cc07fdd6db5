// SPDX-License-Identifier: EUPL-1.2
import type { Topic } from './topics.js';

/** More topics for synthetic pilots: housing and planning, energy, democracy and data (see topics.ts). */
export const moreTopics: readonly Topic[] = [
  {
    themes: ['spatial_planning'],
    subjects: ['vergunningverlening onder de Omgevingswet', 'het omgevingsplan', 'participatie bij ruimtelijke plannen', 'het digitale stelsel'],
    problems: ['aanvragers weten niet welke regels voor hun perceel gelden', 'vergunningen duren langer dan de wettelijke termijn', 'omwonenden horen te laat van een bouwplan'],
    goals: ['aanvragers vooraf laten zien welke regels gelden', 'de doorlooptijd van vergunningen verkorten', 'omwonenden vroeg bij plannen betrekken'],
    tags: ['omgevingswet', 'vergunningen', 'omgevingsplan', 'participatie'],
  },
  {
    themes: ['spatial_planning', 'social_domain'],
    subjects: ['woningdelen', 'tijdelijke woningen', 'woningsplitsing', 'doorstroming op de woningmarkt', 'knarrenhofjes'],
    problems: ['starters vinden geen betaalbare woning', 'ouderen blijven in te grote eengezinswoningen wonen', 'spoedzoekers kunnen nergens terecht'],
    goals: ['meer betaalbare woningen toevoegen in bestaande bouw', 'ouderen helpen verhuizen naar een passende woning', 'spoedzoekers snel tijdelijk huisvesten'],
    tags: ['wonen', 'woningmarkt', 'doorstroming', 'huisvesting'],
  },
  {
    themes: ['spatial_planning', 'sustainability'],
    subjects: ['verduurzaming van winkelcentra', 'transformatie van leegstaande kantoren', 'herstructurering van bedrijventerreinen'],
    problems: ['winkelstraten lopen leeg', 'verouderde bedrijventerreinen verrommelen', 'leegstaande kantoren blijven jaren leeg'],
    goals: ['leegstand omzetten in woningen', 'bedrijventerreinen toekomstbestendig maken', 'ondernemers samen laten investeren'],
    tags: ['leegstand', 'bedrijventerrein', 'binnenstad', 'transformatie'],
  },
  {
    themes: ['sustainability'],
    subjects: ['aardgasvrije wijken', 'warmtenetten', 'isolatie van huurwoningen', 'energiecoaches', 'energiearmoede'],
    problems: ['bewoners twijfelen over de overstap van aardgas', 'huishoudens met een laag inkomen kunnen de energierekening niet betalen', 'isolatie komt bij particuliere eigenaren traag op gang'],
    goals: ['een wijk in stappen van het aardgas halen', 'energiearmoede gericht aanpakken', 'meer woningen isoleren met collectieve inkoop'],
    tags: ['energietransitie', 'warmtenet', 'isolatie', 'energiearmoede'],
  },
  {
    themes: ['sustainability'],
    subjects: ['zonnepanelen op gemeentelijk vastgoed', 'lokale energiecoöperaties', 'circulair inkopen', 'hergebruik van bouwmaterialen'],
    problems: ['daken van scholen en sporthallen blijven onbenut', 'bouwmaterialen uit sloop belanden bij het afval', 'inkoopeisen voor circulariteit zijn vaag'],
    goals: ['gemeentelijke daken vol leggen met zonnepanelen', 'bouwmaterialen hoogwaardig hergebruiken', 'circulaire eisen meetbaar maken in aanbestedingen'],
    tags: ['circulair', 'zonne-energie', 'hergebruik', 'energiecoöperatie'],
  },
  {
    themes: ['democracy'],
    subjects: ['burgerberaden', 'buurtbudgetten', 'digitale participatie', 'het uitdaagrecht', 'jongerenraden'],
    problems: ['steeds dezelfde inwoners praten mee', 'jongeren voelen zich niet gehoord door de gemeente', 'inwoners zien niet wat er met hun inbreng gebeurt'],
    goals: ['een gelote groep inwoners laten adviseren', 'bewoners zelf laten beslissen over een deel van het budget', 'terugkoppeling over inbreng vast onderdeel maken'],
    tags: ['participatie', 'burgerberaad', 'democratie', 'buurtbudget'],
  },
  {
    themes: ['democracy', 'data_technology'],
    subjects: ['open raadsinformatie', 'de begroting in begrijpelijke taal', 'actieve openbaarmaking', 'het algoritmeregister'],
    problems: ['raadsstukken zijn slecht doorzoekbaar', 'inwoners begrijpen de begroting niet', 'het is onduidelijk welke algoritmes de gemeente gebruikt'],
    goals: ['raadsinformatie doorzoekbaar en open maken', 'de begroting uitleggen met voorbeelden', 'algoritmes openbaar en toetsbaar maken'],
    tags: ['open overheid', 'woo', 'transparantie', 'algoritmes'],
  },
  {
    themes: ['data_technology'],
    subjects: ['een datagedreven wijkaanpak', 'een digitale tweeling van de stad', 'datakwaliteit van de basisregistraties', 'verantwoord gebruik van AI'],
    problems: ['gegevens zitten verspreid over afdelingen', 'fouten in de basisregistraties werken door in andere processen', 'medewerkers gebruiken AI-hulpmiddelen zonder afspraken'],
    goals: ['wijkgegevens combineren tot één beeld', 'fouten in registraties automatisch opsporen', 'afspraken maken over verantwoord AI-gebruik'],
    tags: ['data', 'ai', 'basisregistraties', 'digitale tweeling'],
  },
  {
    themes: ['data_technology', 'public_space'],
    subjects: ['sensoren voor luchtkwaliteit', 'geluidsmetingen in uitgaansgebieden', 'slimme lantaarnpalen', 'bodemdaling meten met satellietbeelden'],
    problems: ['er zijn te weinig meetpunten voor luchtkwaliteit', 'klachten over geluid zijn moeilijk te onderbouwen', 'bodemdaling wordt te laat opgemerkt'],
    goals: ['luchtkwaliteit per straat in beeld brengen', 'geluidsoverlast objectief meten', 'bodemdaling vroeg signaleren'],
    tags: ['sensoren', 'luchtkwaliteit', 'meten', 'satellietdata'],
  },
];
