// SPDX-License-Identifier: EUPL-1.2
/** Demo documents (issue 4 point 4): real, small PDF, DOCX, XLSX and ODT files for demo pilots and the library. */
import type { Theme } from '../../pilots/pilots.tables.js';
import { demoDocx, demoOdt, demoPdf, demoXlsx } from './demo-files.js';

export interface DemoDocument {
  /** Demo pilot key, or null for the library. */
  pilot: string | null;
  /** DemoUser key of the uploader: on the pilot's team, or any member for the library. */
  uploader: string;
  title: string;
  description: string;
  theme?: Theme;
  fileName: string;
  build(): Buffer;
}

export const demoDocuments: DemoDocument[] = [
  {
    pilot: 'vroegsignalering-schulden-rotterdam',
    uploader: 'ingrid-van-der-meer',
    title: 'Evaluatierapport vroegsignalering schulden',
    description: 'Eén pagina met de belangrijkste uitkomsten na twee jaar: bereik, hoogte van de schulden en wat we anders gaan doen.',
    theme: 'social_domain',
    fileName: 'evaluatierapport-vroegsignalering.pdf',
    build: () =>
      demoPdf('Evaluatierapport vroegsignalering schulden', [
        'Periode: twee jaar, eerst twee wijken, daarna de hele stad.',
        'Signalen: 6.480 van verhuurders, energie, drinkwater en zorgverzekeraars.',
        'Bereikt: 3.950 huishoudens (61 procent) kreeg binnen twee weken een huisbezoek.',
        'Gemiddelde schuld bij eerste contact: 3.900 euro (via het loket: 38.000 euro).',
        'Wat werkte: wijkteams doen de bezoeken zelf; vaste contactpersoon per partner.',
        'Wat beter kan: terugkoppeling aan partners en bereik van jongeren.',
        'Advies: werkwijze borgen en delen met andere gemeenten.',
      ]),
  },
  {
    pilot: 'hittestress-meetnet-den-haag',
    uploader: 'kees-de-graaf',
    title: 'Monitoringsdata meetnet hittestress zomer',
    description: 'Uren boven 30 graden en de hoogste temperatuur per meetpunt in de eerste zomer, om zelf mee te rekenen.',
    theme: 'sustainability',
    fileName: 'monitoringsdata-hittestress.xlsx',
    build: () =>
      demoXlsx('Meetpunten', [
        ['Meetpunt', 'Wijk', 'Uren boven 30 graden', 'Hoogste temperatuur (graden)'],
        ['HS-01 Plein Noord', 'Schilderswijk', 118, 38.4],
        ['HS-02 Winkelstraat', 'Schilderswijk', 96, 37.1],
        ['HS-11 Binnenhof school', 'Transvaal', 41, 33.9],
        ['HS-17 Marktplein', 'Transvaal', 124, 38.9],
        ['HS-23 Parkrand', 'Moerwijk', 22, 32.2],
      ]),
  },
  {
    pilot: 'eenzaamheid-ouderen-maastricht',
    uploader: 'maud-lemmens',
    title: 'Gespreksleidraad eenzaamheid voor huisarts en wijkverpleging',
    description: 'Eén vraag en drie vervolgvragen om eenzaamheid bespreekbaar te maken, met een verwijzing naar de bibliotheek.',
    theme: 'social_domain',
    fileName: 'gespreksleidraad-eenzaamheid.docx',
    build: () =>
      demoDocx('Gespreksleidraad eenzaamheid', [
        'Openingsvraag: Hoe vaak heeft u het gevoel dat u er alleen voor staat?',
        'Vervolgvraag 1: Met wie heeft u deze week gesproken, buiten de zorg?',
        'Vervolgvraag 2: Wat deed u vroeger graag samen met anderen?',
        'Vervolgvraag 3: Zou u het prettig vinden als iemand eens met u koffie drinkt?',
        'Bij een ja: geef het kaartje voor de koffieochtend in de bibliotheek mee en noteer dat in het dossier.',
      ]),
  },
  {
    pilot: 'laadpalen-voorspelde-vraag-amsterdam',
    uploader: 'daan-visser',
    title: 'Businesscase laadpalen op voorspelde vraag',
    description: 'De businesscase voor het college: kosten, bezetting en wat het oplevert ten opzichte van plaatsen op aanvraag.',
    theme: 'mobility',
    fileName: 'businesscase-laadpalen.pdf',
    build: () =>
      demoPdf('Businesscase laadpalen op voorspelde vraag', [
        'Uitgangspunt: 4.000 nieuwe publieke laadpunten in vijf jaar.',
        'Plaatsen op aanvraag: gemiddelde bezetting 40 procent, doorlooptijd 26 weken.',
        'Plaatsen op voorspelling: bezetting 65 procent, doorlooptijd 8 weken.',
        'Extra kosten: model en data-analist, 180.000 euro per jaar.',
        'Besparing: 600 minder laadpunten nodig voor dezelfde vraag, circa 2,4 miljoen euro.',
        'Voorwaarde: vroeg overleg met de netbeheerder over capaciteit.',
      ]),
  },
  {
    pilot: 'adreskwaliteit-tilburg',
    uploader: 'fatma-yilmaz',
    title: 'Monitoringsplan adreskwaliteit',
    description: 'Welke cijfers we bijhouden, hoe vaak en wie ze gebruikt; met de resultaten van het eerste halfjaar.',
    theme: 'service_delivery',
    fileName: 'monitoringsplan-adreskwaliteit.xlsx',
    build: () =>
      demoXlsx('Indicatoren', [
        ['Indicator', 'Bron', 'Frequentie', 'Eerste halfjaar'],
        ['Onderzochte adressen', 'Werkvoorraad', 'Maandelijks', 1240],
        ['Adressen met onjuiste inschrijving', 'BRP-onderzoek', 'Maandelijks', 455],
        ['Uitgeschreven personen', 'BRP', 'Maandelijks', 612],
        ['Meldingen van mogelijke uitbuiting', 'Handhaving', 'Per kwartaal', 14],
      ]),
  },
  {
    pilot: null,
    uploader: 'lotte-vermeulen',
    title: 'Checklist opschaling van een pilot',
    description: 'Tien vragen om te beantwoorden voordat een pilot opschaalt of door een andere gemeente wordt overgenomen.',
    theme: 'operations',
    fileName: 'checklist-opschaling.odt',
    build: () =>
      demoOdt('Checklist opschaling', [
        '1. Is de waarde aangetoond met cijfers of verhalen van gebruikers?',
        '2. Is er een eigenaar in de lijn die het na de pilot overneemt?',
        '3. Zijn de structurele kosten bekend en begroot?',
        '4. Past de oplossing bij landelijke standaarden en Common Ground?',
        '5. Is de privacytoets (DPIA) gedaan en gedeeld?',
        '6. Zijn werkinstructies en contracten overdraagbaar?',
        '7. Weten andere gemeenten wie ze kunnen bellen?',
      ]),
  },
  {
    pilot: null,
    uploader: 'ellen-brink',
    title: 'Sjabloon leerdoelen en reflectiesessie',
    description: 'Een sjabloon om leerdoelen op te schrijven en een reflectiesessie van een uur voor te bereiden en vast te leggen.',
    fileName: 'sjabloon-leerdoelen-reflectie.docx',
    build: () =>
      demoDocx('Sjabloon leerdoelen en reflectiesessie', [
        'Leerdoel: wat willen we aan het eind van deze fase weten dat we nu nog niet weten?',
        'Hoe merken we dat we het weten? (meetpunt, gesprek, cijfer)',
        'Reflectie - wat hebben we geleerd sinds de vorige sessie?',
        'Reflectie - met wie hebben we dat gedeeld?',
        'Reflectie - wat betekent het voor de aanpak, en wie moeten we erbij halen?',
        'Afspraken: wat, wie, wanneer.',
      ]),
  },
];
